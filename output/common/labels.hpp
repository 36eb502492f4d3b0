// Localized words that writers print around the content: byline, "About the authors", source line,
// page numbers, navigation names.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

// Words the EPUB writer adds around the article: navigation and page names.
struct BookLabels {
    std::string_view contents;    // heading of the table of contents
    std::string_view landmarks;   // heading of the landmarks list
    std::string_view cover;       // the cover page
    std::string_view title_page;  // the title page
};

// The language labels are chosen for: the primary subtag of lang ("de-CH" → "de") when it is
// one folio has labels for (de, en, fr), otherwise "en".
std::string_view label_language(std::string_view lang);

// The heading of the closing section with the authors' bios, e.g. "About the authors",
// "Über die Autoren", "À propos des auteurs"; the singular form when there is one author.
std::string_view about_authors_label(std::string_view lang, std::size_t author_count);

// "A", "A and B", "A, B and C" with the language's conjunction ("und", "et").
std::string join_names(std::string_view lang, const std::vector<std::string>& names);

// "By A and B", "Von A und B", "Par A et B"; "" when there are no names.
std::string byline(std::string_view lang, const std::vector<std::string>& names);

// The word before a source reference: "Source", "Quelle".
std::string_view source_label(std::string_view lang);

// What stands in for a missing title: "Untitled", "Ohne Titel", "Sans titre".
std::string_view untitled_label(std::string_view lang);

// The footer line of page n of a document of m pages: "Page n of m", "Seite n von m", "Page n sur m".
std::string page_n_of_m(std::string_view lang, int n, int m);

// A book's title from its first article's: "A and 3 more", "A und 3 weitere", "A et 3 autres".
std::string and_more(std::string_view lang, std::string_view first, std::size_t more);

// The EPUB navigation and page names.
const BookLabels& book_labels(std::string_view lang);

}  // namespace folio
