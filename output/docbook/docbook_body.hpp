// The article body: blocks in order, headings opening nested <section>s.
#pragma once

#include <vector>

#include "formats/block.hpp"
#include "formats/diagnostics.hpp"
#include "output/docbook/xml_writer.hpp"

namespace folio {

// A heading followed by content opens a <section> with that <title>; it nests inside the open section of a
// lower level, and carries role="sectN" (N = level - 1) when its depth alone would not give its level back.
// A heading with nothing before the next heading of the same or a higher rank (or the end) becomes a
// <bridgehead renderas="sectN">, since DocBook sections cannot be empty.
// Other blocks: <para> (role kept, "lead" for the lead), <itemizedlist>/<orderedlist>, <blockquote> with
// <attribution>, <note>, figures (docbook_figure.hpp), and <simpara role="thematic-break">* * *</simpara>.
void write_docbook_body(const std::vector<Block>& blocks, XmlWriter& xml, Diagnostics& diag);

}  // namespace folio
