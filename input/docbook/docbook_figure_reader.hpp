// DocBook <figure>, <informalfigure> or a lone <mediaobject> to the model's Figure.
#pragma once

#include <libxml/tree.h>

#include "formats/block.hpp"
#include "formats/diagnostics.hpp"

namespace folio {

// Caption: the figure's <title>, else the <caption> text without the credit phrase. Credit: the
// <phrase role="credit"> in the caption, else <bibliomisc role="credit"> in the media object's info, else
// the <othercredit>s ("holder | creator"). Alt: <alt>, else the <textobject>'s text. Source and media type:
// the first <imagedata fileref format>.
Figure read_docbook_figure(const xmlNode* node, Diagnostics& diag);

}  // namespace folio
