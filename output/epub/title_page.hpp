// The book's title page: kicker, title, subtitle, authors, date, publisher, source and rights.
#pragma once

#include <string>

#include "formats/meta.hpp"

namespace folio {

// title.xhtml.
std::string title_page(const Meta& meta, const std::string& lang);

}  // namespace folio
