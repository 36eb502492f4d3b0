// The version of the folio library and program, as set by the CMake project.
#include "converters/version.hpp"

namespace folio {

std::string_view version() { return FOLIO_VERSION; }

}  // namespace folio
