// Authors the page marks in its markup: microdata (itemprop="author"), rel="author" links, links to
// author pages and byline elements.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "input/html/html_tree.hpp"

namespace folio::html {

// The people `root` marks as authors, in document order, without duplicates: the itemprop="name"
// (or the text) of an itemprop="author" element, the text of a rel="author" link or of a link to
// an author page (/author/…, /autor/…, /by/…), and the names of a byline element (a class or id
// such as "byline"). Only what looks like a person's name is kept; roles and credentials after a
// comma or separator are cut ("Jane Doe, MS, RDN"). Elements inside navigation, footers and
// asides of the page around `root`, links inside running text, and elements from document order
// `before` on are left out.
std::vector<std::string> marked_authors(const Node& root, std::size_t before = SIZE_MAX);

}  // namespace folio::html
