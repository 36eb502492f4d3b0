// The closing section with the authors' bios, as DocBook renderers print it.
#pragma once

#include "formats/diagnostics.hpp"
#include "formats/meta.hpp"
#include "output/docbook/xml_writer.hpp"

namespace folio {

// <section role="authors"> titled "About the authors" in the article's language, with per author a
// <para role="author-name"> when the bio does not name its author and the bio as <para role="bio">;
// nothing when no author has a bio. It repeats the <personblurb>s of <info> for renderers (docbook-xsl
// and pandoc print no personblurb); the DocBook reader reads the bios from <info> and skips it.
void write_docbook_authors(const Meta& meta, XmlWriter& xml);

}  // namespace folio
