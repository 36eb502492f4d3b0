// A figure as DocBook: <figure>/<informalfigure> with <mediaobject>, alt text, caption and credit.
#pragma once

#include <cstddef>

#include "formats/block.hpp"
#include "formats/diagnostics.hpp"
#include "output/docbook/xml_writer.hpp"

namespace folio {

// <figure> with the caption and the credit as its <title> (the credit as <phrase role="credit">, verbatim)
// when there is either, <informalfigure> otherwise: docbook-xsl and pandoc print each once. Inside the
// <mediaobject>:
//   <info>         the credit's parts: <othercredit class="other" otherclass="photographer"> (the creator)
//                  and <othercredit class="other" otherclass="rightsholder"> (the holder)
//   <alt>          the alt text
//   <imageobject>  <imagedata fileref> from Figure::src (format: JPG/PNG/GIF/SVG or the media type)
//   <textobject>   <phrase> with the alt text; without an image (when renderers print it in the image's
//                  place) empty where it repeats the caption
// `number` (1-based) names images that have bytes but no source: images/figure-N.ext.
void write_docbook_figure(const Figure& figure, std::size_t number, XmlWriter& xml, Diagnostics& diag);

}  // namespace folio
