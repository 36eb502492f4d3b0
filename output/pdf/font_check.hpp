// Checking a TrueType file before PoDoFo's subsetter reads it: tables, loca, glyphs and sizes.
#pragma once

#include <string>

namespace folio::pdf {

// The reason the TrueType file cannot be embedded safely, or "" when it can: the file is of sane size,
// every table PoDoFo reads lies inside the file and is long enough, 'loca' is monotonic and inside
// 'glyf', every glyph's data (composite components included) lies inside its own bounds, and FreeType
// loads every glyph. PoDoFo trusts all of these and reads or writes out of bounds when one is false.
std::string truetype_problem(const std::string& path);

}  // namespace folio::pdf
