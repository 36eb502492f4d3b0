// A table block as a DocBook 5.0 CALS table: <table> with its <title>, or <informaltable> without a caption.
#pragma once

#include "formats/block.hpp"
#include "formats/diagnostics.hpp"
#include "output/docbook/xml_writer.hpp"

namespace folio {

// <table> (the caption as <title>) or <informaltable>, one <tgroup cols> with a <colspec colname="cN"> per
// column (align where the source gave one), <thead> and <tbody> of <row>s of <entry>s; a cell that spans
// gets namest/nameend and morerows, one after a cell spanning from above its colname. DocBook needs body
// rows: a table of header rows only keeps them as body rows, with a warning.
void write_docbook_table(const Table& table, XmlWriter& xml, Diagnostics& diag);

}  // namespace folio
