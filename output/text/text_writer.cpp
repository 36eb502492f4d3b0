#include "output/text/text_writer.hpp"
namespace folio {
std::string write_text(const Document&, const WriteOptions&, Diagnostics&) { throw Error("placeholder"); }
}
