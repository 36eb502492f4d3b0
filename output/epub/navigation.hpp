// Navigation for reading systems: the EPUB 3 navigation document and the EPUB 2 NCX.
#pragma once

#include <string>
#include <vector>

#include "formats/meta.hpp"
#include "output/html/article_markup.hpp"

namespace folio {

inline constexpr const char* cover_page_path = "cover.xhtml";
inline constexpr const char* title_page_path = "title.xhtml";
inline constexpr const char* article_page_path = "article.xhtml";

// nav.xhtml: the table of contents (article title, its headings nested by level, the authors
// section) and the landmarks (cover, title page, start of the article).
std::string navigation_document(const Meta& meta, const std::string& lang, const std::vector<TocEntry>& toc);

// toc.ncx with the same entries, for EPUB 2 reading systems; `identifier` must be the package's.
std::string ncx_document(const Meta& meta, const std::string& lang, const std::string& identifier,
                         const std::vector<TocEntry>& toc);

}  // namespace folio
