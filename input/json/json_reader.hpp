// Reader for folio's native JSON (the contract in DESIGN.md).
#pragma once

#include <string_view>

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

Document read_json(std::string_view bytes, const ReadOptions& options, Diagnostics& diag);

}  // namespace folio
