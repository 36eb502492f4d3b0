// Page furniture inside and below the article in a copied web page: boxes of related links, a player's
// menus, cards linking to other articles, and what the page prints below the article.
#pragma once

#include <cstddef>
#include <vector>

#include "input/text/source_lines.hpp"

namespace folio {

// Lines [start, end) of a copied page.
struct LineRange {
    std::size_t start = 0;
    std::size_t end = 0;  // one past the last line
};

// Where the article's prose resumes after a box of related links that a label opens inside it ("Related
// Coverage" and a few headlines): the next prose line within a few lines, or end when there is none.
std::size_t prose_after_links(const SourceLines& lines, std::size_t label, std::size_t end);

// Marks a block of 30 or more short lines in a row inside the prose (a video player's settings:
// "Captions", "Opaque", "Font Size", …): the page's controls, not the article's, whose lists are shorter.
void mark_control_blocks(const SourceLines& lines, const LineRange& prose, std::vector<bool>& dropped);

// Marks cards linking to other articles inside the article: the card's headline printed several times
// over ("Title Title Title", once per screen size) and its cut-off summary below it ("… Read more").
void mark_link_cards(const SourceLines& lines, const LineRange& prose, std::vector<bool>& dropped);

// Ends the prose where it reaches past the article into what the page prints below it (teasers with a
// sentence each, a footer): after a cluster of 8 or more furniture lines, prose with less than a third
// of the words before it is not the article's.
void cut_page_tail(const SourceLines& lines, LineRange& prose);

}  // namespace folio
