// Pixel size of a JPEG or PNG image from its bytes, without decoding it.
#include "output/pdf/image_size.hpp"

#include <limits>

#include "formats/image_limits.hpp"
#include "output/common/image_media_type.hpp"

namespace folio::pdf {

std::optional<ImageSize> image_size(std::span<const std::uint8_t> bytes) {
    const std::string media_type = sniff_image_media_type(bytes);
    if (media_type != "image/png" && media_type != "image/jpeg") return std::nullopt;
    const std::optional<DeclaredImageSize> declared = declared_image_size(bytes);
    constexpr std::uint64_t kLargest = std::numeric_limits<int>::max();
    if (!declared || declared->width == 0 || declared->height == 0 || declared->width > kLargest ||
        declared->height > kLargest)
        return std::nullopt;
    return ImageSize{media_type == "image/png" ? ImageFormat::Png : ImageFormat::Jpeg,
                     static_cast<int>(declared->width), static_cast<int>(declared->height)};
}

}  // namespace folio::pdf
