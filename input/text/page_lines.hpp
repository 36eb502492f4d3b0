// What a line of a copied web page is: running text, a label that ends the article, the copyright notice.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio {

inline constexpr std::size_t kMinProseWords = 8;     // a sentence that counts as running text
inline constexpr std::size_t kLongLineWords = 20;    // running text even without final punctuation
inline constexpr std::size_t kMaxMenuWords = 4;      // a menu item, a button, a label
inline constexpr std::size_t kMinTitleWords = 3;     // the fewest words of a headline
inline constexpr std::size_t kMaxRelatedLinks = 10;  // lines of a box of related links inside the article

// The line ends with an ellipsis ("…", "...").
bool ends_with_ellipsis(std::string_view line);

// A sentence of running text: 8 words or more ending like a sentence, or 20 words or more; a short line
// cut off with an ellipsis is a teaser's headline, not prose.
bool is_prose(std::string_view line);

// The line's words, lower-cased and joined by single spaces.
std::string letters_only(std::string_view line);

// "Comments", "12 Comments", "Leave a reply", "Related stories", "Kommentare", "Lire aussi" …: what
// follows is no longer the article.
bool is_end_label(std::string_view line);

// An end label that opens the comments ("12 Comments", "Leave a reply", "Kommentare") or a live news
// ticker ("En direct"), not a box of related links inside the article.
bool is_comments_label(std::string_view line);

// The page's copyright notice ("© 2019 Example Media", "Copyright 2015 …", "… All rights reserved."): the
// footer, below the article. A photo credit inside the article names no year first ("© Anna Berg").
bool is_copyright_notice(std::string_view line);

}  // namespace folio
