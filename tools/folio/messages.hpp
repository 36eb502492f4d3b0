// The one-line messages folio prints on standard error.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio::cli {

// "folio: FILE: reason"
void print_error(std::string_view file, std::string_view reason);

// "folio: FILE: warning: message", one line per warning
void print_warnings(std::string_view file, const std::vector<std::string>& warnings);

// "folio: text", e.g. the summary of a batch
void print_message(std::string_view text);

// "folio: message (see folio --help)"
void print_usage_error(std::string_view message);

}  // namespace folio::cli
