// Pixel size of a JPEG or PNG image from its bytes, without decoding it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

namespace folio::pdf {

enum class ImageFormat { Jpeg, Png };

struct ImageSize {
    ImageFormat format = ImageFormat::Jpeg;
    int width = 0;
    int height = 0;
};

// nullopt for other formats and for truncated or malformed headers.
std::optional<ImageSize> image_size(std::span<const std::uint8_t> bytes);

}  // namespace folio::pdf
