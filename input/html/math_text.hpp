// MathML written out as one line of plain text, so no formula is lost.
#pragma once

#include <string>

#include "input/html/html_tree.hpp"

namespace folio::html {

// The <math> element as linear text: fractions as (a)/(b), powers as x^2, indices as x_i, roots as
// √(…), table rows separated by "; ", TeX annotations left out.
std::string math_text(const Node& math);

}  // namespace folio::html
