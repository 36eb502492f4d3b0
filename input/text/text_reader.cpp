#include "input/text/text_reader.hpp"
namespace folio {
Document read_text(std::string_view, const ReadOptions&, Diagnostics&) { throw Error("placeholder"); }
}
