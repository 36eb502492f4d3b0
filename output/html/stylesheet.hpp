// The typography of an article, as CSS kept in the program (writers do no I/O).
#pragma once

#include <string_view>

namespace folio {

// Rules for the article itself: measure, hyphenation, kicker, headline, lead, figures with
// caption and credit, quotes, notes, the authors section. Used by EPUB and standalone HTML.
std::string_view article_stylesheet();

// Extra rules for a standalone page in a browser: a centred column and a dark colour scheme.
std::string_view page_stylesheet();

// Extra rules for a collection: the book's header and contents in the articles' column, and each article
// on a new page when printed. Used by EPUB's contents page and the collection's HTML page.
std::string_view collection_stylesheet();

}  // namespace folio
