// The version of the folio library and program.
#pragma once

#include <string_view>

namespace folio {

// e.g. "0.1.0"
std::string_view version();

}  // namespace folio
