// Attaching the image given in the writer options to the first figure that has none.
#include "output/common/attached_images.hpp"

#include <variant>

#include "output/common/image_media_type.hpp"

namespace folio {

Document with_attached_image(const Document& doc, const WriteOptions& options, Diagnostics& diag) {
    Document out = doc;
    if (options.figure_image.empty()) return out;
    for (Block& block : out.blocks) {
        auto* figure = std::get_if<Figure>(&block);
        if (figure == nullptr || !figure->image.empty()) continue;
        figure->image = options.figure_image;
        figure->media_type = image_media_type(figure->image, options.figure_media_type);
        return out;
    }
    diag.warn("the article has no figure without an image to attach the given image to; it is left out");
    return out;
}

}  // namespace folio
