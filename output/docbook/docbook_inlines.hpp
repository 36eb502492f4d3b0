// Inline content as DocBook markup: emphasis, strong, links, line breaks, code.
#pragma once

#include <string>

#include "formats/inline.hpp"
#include "output/docbook/xml_writer.hpp"

namespace folio {

// Escaped DocBook inline markup for `content`, for use with XmlWriter::line. Emphasis is <emphasis>,
// strong is <emphasis role="strong">, a link is <link xlink:href>, code is <code>, and a line break is
// the <?linebreak?> processing instruction understood by the DocBook XSL stylesheets.
std::string docbook_inline_markup(const Inlines& content, XmlWriter& xml);

}  // namespace folio
