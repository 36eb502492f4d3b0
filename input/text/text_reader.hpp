// Reader for the plain-text export of an article web page.
#pragma once

#include <string_view>

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

Document read_text(std::string_view bytes, const ReadOptions& options, Diagnostics& diag);

}  // namespace folio
