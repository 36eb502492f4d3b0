// An entry's content or summary read as article blocks, with the HTML reader's body machinery.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "formats/block.hpp"
#include "formats/diagnostics.hpp"
#include "input/feed/feed_entry.hpp"

namespace folio::feed {

struct ContentBlocks {
    std::vector<Block> blocks;
    std::size_t images_left_out = 0;  // images the content links to, which folio does not fetch
};

// HTML content read as an article body (paragraphs, headings, lists, quotes, figures with caption and
// credit, notes; nothing counts as page chrome), links resolved against `base` (the entry's address);
// plain text as paragraphs at blank lines, with line breaks inside. An image that is not written into the
// content (a data: URI) is left out: its figure keeps caption, credit and alt text, and a figure left
// with none of these is dropped. Warnings of the HTML parser go to `diag`.
ContentBlocks read_content(const Content& content, std::string_view base, Diagnostics& diag);

// The text of a fragment of HTML (an Atom title of type="html"), white space collapsed.
std::string html_text(std::string_view html);

}  // namespace folio::feed
