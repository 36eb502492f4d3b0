// Figure markup: img with alt text, figcaption with the caption and the credit as doc-credit.
#include "output/html/figure_markup.hpp"

#include "output/html/inline_markup.hpp"
#include "output/html/xhtml_tree.hpp"

namespace folio {

void append_figure(pugi::xml_node parent, const Figure& figure, std::size_t number,
                   const std::string& image_src, Diagnostics& diag) {
    const std::string caption_text = to_plain_text(figure.caption);
    const bool has_image = !image_src.empty();
    const bool alt_as_caption = !has_image && caption_text.empty() && !figure.alt.empty();
    if (!has_image && caption_text.empty() && figure.alt.empty() && figure.credit.empty()) {
        diag.warn("HTML: figure " + std::to_string(number) +
                  " has no image, caption, alt text or credit and is left out");
        return;
    }

    pugi::xml_node element = parent.append_child("figure");
    set_attribute(element, "class", has_image ? "figure" : "figure no-image");
    set_attribute(element, "id", "figure-" + std::to_string(number));
    if (has_image) {
        pugi::xml_node image = element.append_child("img");
        set_attribute(image, "src", image_src);
        // The caption below is read with the image: an alt text that only repeats it (or none) is left
        // empty so that a screen reader says it once.
        const bool repeats_caption = figure.alt.empty() || figure.alt == caption_text;
        set_attribute(image, "alt", repeats_caption && !caption_text.empty() ? "" : figure.alt);
    }
    if (caption_text.empty() && !alt_as_caption && figure.credit.empty()) return;

    pugi::xml_node caption = element.append_child("figcaption");
    if (!caption_text.empty() || alt_as_caption) {
        pugi::xml_node line = caption.append_child("p");
        set_attribute(line, "class", "caption");
        if (alt_as_caption)
            append_text(line, figure.alt);
        else
            append_inlines(line, figure.caption, diag);
    }
    if (!figure.credit.empty()) {
        pugi::xml_node credit = append_element(caption, "p", figure.credit);
        set_attribute(credit, "class", "credit");
        set_attribute(credit, "role", "doc-credit");
    }
}

}  // namespace folio
