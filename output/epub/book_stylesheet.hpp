// The EPUB's style sheet: the article typography plus the cover and title page.
#pragma once

#include <string>

namespace folio {

// With `tables`, the table rules too (only a book holding a table has them).
std::string book_stylesheet(bool tables);

}  // namespace folio
