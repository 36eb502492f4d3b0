// Distributing rows over pages: no break after a row that keeps with the next, unless a page would be empty.
#include "output/pdf/pagination.hpp"

namespace folio::pdf {

std::vector<PageRows> paginate(const std::vector<Row>& rows, double text_height) {
    std::vector<PageRows> pages;
    std::size_t i = 0;
    while (i < rows.size()) {
        const std::size_t page_start = i;
        PageRows page;
        double y = 0;
        const Row& first = rows[i];
        for (std::size_t h = first.head_first; h < first.head_first + first.head_count; ++h) {
            page.rows.push_back(PlacedRow{&rows[h], y, page.rows.empty(), true});
            y += rows[h].height;
        }
        const std::size_t repeated = page.rows.size();
        while (i < rows.size()) {
            const Row& row = rows[i];
            const double space = page.rows.empty() ? 0.0 : row.space_before;
            if (page.rows.size() > repeated && y + space + row.height > text_height) {
                // Move back to the last row boundary where a break is allowed.
                std::size_t cut = i;
                while (cut > page_start && rows[cut - 1].keep_with_next) --cut;
                if (cut > page_start) {
                    page.rows.resize(repeated + cut - page_start);
                    i = cut;
                }
                break;
            }
            page.rows.push_back(PlacedRow{&row, y + space, page.rows.empty(), false});
            y += space + row.height;
            ++i;
        }
        pages.push_back(std::move(page));
    }
    if (pages.empty()) pages.emplace_back();  // a PDF has at least one page
    return pages;
}

}  // namespace folio::pdf
