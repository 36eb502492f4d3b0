// DocBook mixed content to model inlines, with the whitespace rule for hand-indented files.
#pragma once

#include <libxml/tree.h>

#include <functional>
#include <string>
#include <string_view>

#include "formats/inline.hpp"

namespace folio {

// A node the caller handles itself (e.g. the credit phrase in a caption); it is left out of the inlines.
using SkipNode = std::function<bool(const xmlNode*)>;

// The inline content of the sibling range [first, end). Text is kept exactly, except that a run of
// whitespace containing a line feed is layout: it becomes one space, or nothing at the start or end of the
// content. <emphasis> is emphasis (strong with role="strong" or "bold"), <link xlink:href>/<ulink url> a
// link, <code>/<literal> and similar code, <?linebreak?> a line break; other inline elements give their
// content; <indexterm>, <remark>, <anchor> and <footnote> give nothing.
Inlines read_inline_range(const xmlNode* first, const xmlNode* end, const SkipNode& skip = {});

// The inline content of all of `node`'s children.
Inlines read_inlines(const xmlNode* node, const SkipNode& skip = {});

// The content flattened to one string with the same whitespace rule.
std::string read_plain(const xmlNode* node);

// True for element names that are inline in DocBook (everything else is treated as a block).
bool is_inline_name(std::string_view name);

}  // namespace folio
