// Figures from <figure>/<figcaption> and from div-based image, caption and copyright markup.
#pragma once

#include <string>

#include "formats/block.hpp"
#include "input/html/html_tree.hpp"
#include "input/html/text_measure.hpp"

namespace folio::html {

// An <img> that shows a photo rather than an icon, a spacer or a tracking pixel.
bool is_content_image(const Node& img);

// The image's address: src, or the lazy-loading attribute (data-src, …, the first srcset entry)
// when src is missing or a data: URI; a data: URI itself when there is no such attribute and it is
// long enough to be a picture rather than a placeholder.
std::string image_source(const Node& img);

// A <figure> with an image, an <img>, an image-only paragraph, or a container that holds exactly one
// photo and nothing but a short caption and credit.
bool is_figure_container(const Node& element, const TextMeasure& measure);

// A short element that can only be a caption or credit for the figure before it.
bool is_caption_block(const Node& element, const TextMeasure& measure);

// The figure of such a container: address, alt text, caption and credit (credit elements first,
// else a credit marker such as "©" or "Foto:" or a line break separating it from the caption).
Figure read_figure(const Node& container);

// Completes a figure from a caption block that follows it.
void add_caption_block(Figure& figure, const Node& caption_block);

// Splits a credit off the end of a caption: after the last line break when that line looks like a
// credit, else at a credit marker ("©", "Foto:", "Photo:", "Bild:", …) inside the text.
void split_credit_from_caption(Figure& figure);

}  // namespace folio::html
