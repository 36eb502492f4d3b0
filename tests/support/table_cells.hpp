// Test helper for table tests: a cell of plain text with its spans.
#pragma once

#include <string>

#include "formats/table.hpp"

namespace folio::test {

inline TableCell cell(std::string text, int col_span = 1, int row_span = 1) {
    return TableCell{plain(std::move(text)), col_span, row_span};
}

}  // namespace folio::test
