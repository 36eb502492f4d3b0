// DocBook body content (blocks and nested sections) to the model's block sequence.
#pragma once

#include <libxml/tree.h>

#include <vector>

#include "formats/block.hpp"
#include "formats/diagnostics.hpp"

namespace folio {

// Reads the children of `root` (an <article> or similar) except its title and info. Sections become a
// Heading followed by their content: the level is N + 1 for <sectN> and for role="sectN", otherwise one
// below the enclosing section (the article is level 1); <bridgehead renderas="sectN"> likewise.
// <para role> keeps its role ("thematic-break" is a thematic break); lists, block quotes with attribution,
// admonitions (notes), figures and literal blocks map to their blocks; text directly inside a block
// container becomes a paragraph; block elements inside a <para> split it. Elements folio has no block for
// (tables, say) give their text as paragraphs, with a warning.
std::vector<Block> read_docbook_body(const xmlNode* root, Diagnostics& diag);

}  // namespace folio
