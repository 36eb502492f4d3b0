// Rendering inline content (text, emphasis, strong, links, line breaks, code) as XHTML.
#pragma once

#include <pugixml.hpp>

#include "formats/diagnostics.hpp"
#include "formats/inline.hpp"

namespace folio {

// Appends the inlines to parent as text, em, strong, a, br and code. A link whose target is not
// an absolute http(s), mailto or ftp address keeps its text without the link, with a warning.
void append_inlines(pugi::xml_node parent, const Inlines& content, Diagnostics& diag);

// True for a link target a reading system can follow from inside a book or a standalone page.
bool is_linkable(std::string_view href);

}  // namespace folio
