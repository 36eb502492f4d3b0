// Deciding, once for each image the figures of a PDF show, whether it can be shown and at what pixel size.
#include "output/pdf/figure_image_check.hpp"

#include "formats/image_limits.hpp"
#include "output/common/image_check.hpp"
#include "output/common/image_media_type.hpp"
#include "output/pdf/png_stream.hpp"

namespace folio::pdf {

namespace {

bool needs_decoding(const SharedBytes& image) {
    return sniff_image_media_type(image) == "image/png" && !png_stream(image);
}

}  // namespace

std::optional<ImageSize> FigureImageCheck::shown_size(const Figure& figure, Diagnostics& diagnostics) {
    if (figure.image.empty()) return std::nullopt;
    auto known = verdicts_.find(figure.image.data());
    if (known == verdicts_.end()) known = verdicts_.emplace(figure.image.data(), verdict(figure.image)).first;
    if (!known->second.problem.empty())
        diagnostics.warn("PDF: figure \"" + (figure.src.empty() ? figure.alt : figure.src) +
                         "\": " + known->second.problem + "; only its caption and credit are printed");
    return known->second.size;
}

FigureImageCheck::Verdict FigureImageCheck::verdict(const SharedBytes& image) {
    if (std::string too_large = image_limit_problem(image, Limits{}); !too_large.empty())
        return {std::nullopt, std::move(too_large)};
    const std::optional<ImageSize> size = image_size(image);
    if (!size) return {std::nullopt, "the image is neither JPEG nor PNG"};
    if (const std::string problem = raster_image_problem(image); !problem.empty())
        return {std::nullopt, "the image cannot be shown: " + problem};
    if (needs_decoding(image)) {
        const std::uint64_t pixels =
            static_cast<std::uint64_t>(size->width) * static_cast<std::uint64_t>(size->height);
        if (pixels > decoded_pixels_left_)
            return {std::nullopt,
                    "the image would have to be decoded (a PNG with transparency or interlacing), "
                    "and its " +
                        std::to_string(pixels) + " pixels exceed the " +
                        std::to_string(decoded_pixels_left_) + " this document may still decode"};
        decoded_pixels_left_ -= pixels;
    }
    return {size, ""};
}

}  // namespace folio::pdf
