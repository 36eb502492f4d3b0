// The article's <info>: title block, kicker, authors with bios, dates, publisher, identifiers, rights.
#pragma once

#include "formats/diagnostics.hpp"
#include "formats/meta.hpp"
#include "output/docbook/xml_writer.hpp"

namespace folio {

// Conventions (the DocBook reader relies on them to read every field back exactly):
//   kicker      <subjectset role="kicker"><subject><subjectterm> (renderers print none of <info>'s
//               subjects, so the writer also opens the body with <para role="kicker">)
//   keywords    <keywordset><keyword>, one per keyword
//   date        <pubdate> (ISO 8601 as in the model); date_text <date role="printed">
//   author      <personname> with <firstname>/<surname> when given/family are known, plus
//               <othername role="display"> when the printed name is not "given family";
//               plain text otherwise; the bio as <personblurb><para>
//   publisher   <publisher><publishername>
//   source_url  <biblioid class="uri" role="source">; identifier <biblioid role="identifier">
//   rights      <legalnotice role="rights"><para>
void write_docbook_info(const Meta& meta, XmlWriter& xml, Diagnostics& diag);

}  // namespace folio
