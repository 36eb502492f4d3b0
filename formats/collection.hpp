// A collection: many articles as one book (a dossier, a week's reading, a feed), each keeping its structure.
#pragma once

#include <vector>

#include "formats/document.hpp"

namespace folio {

struct Collection {
    Meta meta;  // the book's own: title, subtitle, authors (or editor), date, lang, publisher, identifier
    std::vector<Document> articles;  // in reading order
    friend bool operator==(const Collection&, const Collection&) = default;
};

// True when any article of the book holds a table.
inline bool has_table(const Collection& book) {
    for (const Document& article : book.articles)
        if (has_table(article.blocks)) return true;
    return false;
}

}  // namespace folio
