// Distributing rows over pages: no break after a row that keeps with the next, unless a page would be empty.
#pragma once

#include <vector>

#include "output/pdf/layout_rows.hpp"

namespace folio::pdf {

struct PlacedRow {
    const Row* row = nullptr;
    double top = 0;  // from the top of the text area, pt
    bool first_on_page = false;
    bool repeated = false;  // a table's header row repeated on a page its body goes on: an artifact
};

struct PageRows {
    std::vector<PlacedRow> rows;
};

// A table's body row that starts a page has the table's header rows repeated above it.
std::vector<PageRows> paginate(const std::vector<Row>& rows, double text_height);

}  // namespace folio::pdf
