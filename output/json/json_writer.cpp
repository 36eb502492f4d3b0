#include "output/json/json_writer.hpp"
namespace folio {
std::string write_json(const Document&, const WriteOptions&, Diagnostics&) { throw Error("placeholder"); }
}
