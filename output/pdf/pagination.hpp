// Distributing rows over pages: no break after a row that keeps with the next, unless a page would be empty.
#pragma once

#include <vector>

#include "output/pdf/layout_rows.hpp"

namespace folio::pdf {

struct PlacedRow {
    const Row* row = nullptr;
    double top = 0;  // from the top of the text area, pt
    bool first_on_page = false;
};

struct PageRows {
    std::vector<PlacedRow> rows;
};

std::vector<PageRows> paginate(const std::vector<Row>& rows, double text_height);

}  // namespace folio::pdf
