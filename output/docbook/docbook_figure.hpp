// A figure as DocBook: <figure>/<informalfigure> with <mediaobject>, alt text, caption and credit.
#pragma once

#include <cstddef>

#include "formats/block.hpp"
#include "formats/diagnostics.hpp"
#include "output/docbook/xml_writer.hpp"

namespace folio {

// <figure> with the caption as its <title> when there is a caption, <informalfigure> otherwise.
// Inside the <mediaobject>:
//   <info>         the credit machine-readable: <othercredit class="other" otherclass="photographer">
//                  (the creator), <othercredit class="other" otherclass="rightsholder"> (the holder), and
//                  <bibliomisc role="credit"> with the verbatim credit
//   <imageobject>  <imagedata fileref> from Figure::src (format: JPG/PNG/GIF/SVG or the media type)
//   <textobject>   <phrase> with the alt text
//   <caption>      <para> with the caption and the credit visible as <phrase role="credit">
// `number` (1-based) names images that have bytes but no source: images/figure-N.ext.
void write_docbook_figure(const Figure& figure, std::size_t number, XmlWriter& xml, Diagnostics& diag);

}  // namespace folio
