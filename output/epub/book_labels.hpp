// Words the EPUB writer adds around the article: navigation and page names (de, en, fr).
#pragma once

#include <string_view>

namespace folio {

struct BookLabels {
    std::string_view contents;    // heading of the table of contents
    std::string_view landmarks;   // heading of the landmarks list
    std::string_view cover;       // the cover page
    std::string_view title_page;  // the title page
};

// The labels for the article's language, chosen like output/common/labels (English otherwise).
const BookLabels& book_labels(std::string_view lang);

}  // namespace folio
