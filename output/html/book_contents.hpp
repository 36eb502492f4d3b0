// A collection's front matter in XHTML: the book's header and its contents list, shared by the HTML page and
// the EPUB's contents page.
#pragma once

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "formats/collection.hpp"

namespace folio {

// <header class="book"> (title, subtitle, byline) when `with_header`, then <nav class="contents"> with the
// localized heading and an <ol>: per article its title linked to hrefs[i] and its authors.
void append_book_contents(pugi::xml_node parent, const Collection& book,
                          const std::vector<std::string>& hrefs, bool with_header);

}  // namespace folio
