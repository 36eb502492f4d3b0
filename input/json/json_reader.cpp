#include "input/json/json_reader.hpp"
namespace folio {
Document read_json(std::string_view, const ReadOptions&, Diagnostics&) { throw Error("placeholder"); }
}
