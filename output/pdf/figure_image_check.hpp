// Deciding, once for each image the figures of a PDF show, whether it can be shown and at what pixel size.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "formats/block.hpp"
#include "formats/diagnostics.hpp"
#include "output/pdf/image_size.hpp"

namespace folio::pdf {

class FigureImageCheck {
public:
    // `decoded_pixels`: what the images PoDoFo must decode (PNG with an alpha channel, palette transparency
    // or interlacing) may take together; JPEG and other PNG are embedded undecoded and cost nothing.
    explicit FigureImageCheck(std::uint64_t decoded_pixels) : decoded_pixels_left_(decoded_pixels) {}

    // The pixel size of the figure's image when the PDF can show it; nullopt when the figure has no image,
    // or, with a warning naming the figure, when the image is too large, neither JPEG nor PNG, damaged,
    // or beyond the decoding budget. Figures sharing one image's bytes have it checked once.
    std::optional<ImageSize> shown_size(const Figure& figure, Diagnostics& diagnostics);

private:
    struct Verdict {
        std::optional<ImageSize> size;
        std::string problem;  // "" when shown
    };
    Verdict verdict(const SharedBytes& image);

    std::uint64_t decoded_pixels_left_;
    std::map<const std::uint8_t*, Verdict> verdicts_;  // by the bytes' buffer
};

}  // namespace folio::pdf
