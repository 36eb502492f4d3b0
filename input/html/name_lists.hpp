// Splitting a printed list of names ("A, B und C", "A and B", "A & B", "A et B") into the names.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio::html {

// The names of the list, trimmed, in order; separators are commas, semicolons and the words
// und/and/et/y and "&" between spaces.
std::vector<std::string> split_names(std::string_view list);

}  // namespace folio::html
