// The EPUB's style sheet: the article typography plus the cover and title page.
#pragma once

#include <string>

namespace folio {

std::string book_stylesheet();

}  // namespace folio
