// Checking an image against the size limits before anyone decodes it: bytes, and the pixels its header
// declares.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "formats/limits.hpp"

namespace folio {

struct DeclaredImageSize {
    std::uint64_t width = 0;
    std::uint64_t height = 0;
};

// Width and height from the header of a JPEG, PNG, GIF or WebP image, without decoding it;
// nullopt for other formats and for truncated or malformed headers.
std::optional<DeclaredImageSize> declared_image_size(std::span<const std::uint8_t> bytes);

// "" when the image is within limits.image_bytes and limits.image_pixels, else the reason
// ("the image is 30000 × 40000 pixels, the limit is 100000000"). Images whose size cannot be read
// from the header pass the pixel check (the decoder refuses them anyway).
std::string image_limit_problem(std::span<const std::uint8_t> bytes, const Limits& limits);

// Throws folio::Error with image_limit_problem's reason.
void check_image_limits(std::span<const std::uint8_t> bytes, const Limits& limits);

}  // namespace folio
