#include "input/common/decode.hpp"
namespace folio {
std::string decode_text(std::string_view bytes, Diagnostics&) { return std::string(bytes); }
}
