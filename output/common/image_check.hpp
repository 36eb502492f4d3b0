// Verifying an image before a writer embeds it: decodable headers for JPEG, PNG, GIF and WebP, sanitised SVG.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace folio {

// The reason a decoder would fail on this raster image, or "" when it will not: JPEG (baseline,
// extended or progressive, 8-bit, 1/3/4 components, complete to its end marker), PNG (png_damage, each
// side at most 1,000,000 pixels as libpng allows), GIF and WebP (non-zero size, not cut short).
// Other bytes are "not a JPEG, PNG, GIF or WebP image".
std::string raster_image_problem(std::span<const std::uint8_t> bytes);

// An image as a book may carry it: its media type from its bytes (never from a file name) and the bytes,
// an SVG sanitised; or the reason it must be left out.
struct CheckedImage {
    std::string media_type;  // "" when refused
    std::string bytes;
    std::string problem;  // "" when accepted
};
CheckedImage checked_image(std::span<const std::uint8_t> bytes);

}  // namespace folio
