// DocBook <info> (and DocBook 4 <articleinfo>) to the model's Meta.
#pragma once

#include <libxml/tree.h>

#include "formats/diagnostics.hpp"
#include "formats/meta.hpp"

namespace folio {

// Reads the conventions of output/docbook/docbook_info.hpp and the usual hand-written forms: <pubdate>
// is the date, any other <date> the printed date; a <subjectset role="kicker"> gives the kicker and other
// subject sets add keywords; <author>s (also inside <authorgroup>) with <personname> or <orgname> and a
// <personblurb>; <biblioid> by role, else class="uri" for the source URL and others for the identifier;
// <legalnotice> or <copyright> for the rights. Title and subtitle also come from `root` itself when the
// info has none (<article><title>). Returns the <abstract>, if any, for the caller to use as the lead.
const xmlNode* read_docbook_info(const xmlNode* root, Meta& meta, Diagnostics& diag);

}  // namespace folio
