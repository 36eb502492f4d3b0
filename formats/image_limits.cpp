// Checking an image against the size limits before anyone decodes it: bytes, and the pixels its header
// declares.
#include "formats/image_limits.hpp"

#include "formats/diagnostics.hpp"
#include "formats/jpeg_layout.hpp"

namespace folio {

namespace {

using Bytes = std::span<const std::uint8_t>;

std::uint64_t big_endian(Bytes b, std::size_t at, int count) {
    std::uint64_t value = 0;
    for (int k = 0; k < count; ++k) value = (value << 8) | b[at + static_cast<std::size_t>(k)];
    return value;
}

std::uint64_t little_endian(Bytes b, std::size_t at, int count) {
    std::uint64_t value = 0;
    for (int k = count - 1; k >= 0; --k) value = (value << 8) | b[at + static_cast<std::size_t>(k)];
    return value;
}

bool starts_with(Bytes b, std::size_t at, std::string_view text) {
    if (b.size() < at + text.size()) return false;
    for (std::size_t k = 0; k < text.size(); ++k)
        if (b[at + k] != static_cast<std::uint8_t>(text[k])) return false;
    return true;
}

std::optional<DeclaredImageSize> png_size(Bytes b) {
    if (b.size() < 24 || !starts_with(b, 0, "\x89PNG\r\n\x1a\n") || !starts_with(b, 12, "IHDR"))
        return std::nullopt;
    return DeclaredImageSize{big_endian(b, 16, 4), big_endian(b, 20, 4)};
}

std::optional<DeclaredImageSize> jpeg_size(Bytes b) {
    const std::optional<JpegLayout> layout = jpeg_layout(b);
    if (!layout || !layout->frame || layout->frame->length < 8) return std::nullopt;
    return DeclaredImageSize{layout->frame->width, layout->frame->height};
}

std::optional<DeclaredImageSize> gif_size(Bytes b) {
    if (b.size() < 10 || !(starts_with(b, 0, "GIF87a") || starts_with(b, 0, "GIF89a"))) return std::nullopt;
    return DeclaredImageSize{little_endian(b, 6, 2), little_endian(b, 8, 2)};
}

std::optional<DeclaredImageSize> webp_size(Bytes b) {
    if (b.size() < 30 || !starts_with(b, 0, "RIFF") || !starts_with(b, 8, "WEBP")) return std::nullopt;
    if (starts_with(b, 12, "VP8X"))
        return DeclaredImageSize{little_endian(b, 24, 3) + 1, little_endian(b, 27, 3) + 1};
    if (starts_with(b, 12, "VP8 "))
        return DeclaredImageSize{little_endian(b, 26, 2) & 0x3FFF, little_endian(b, 28, 2) & 0x3FFF};
    if (starts_with(b, 12, "VP8L") && b.size() >= 25) {
        const std::uint64_t bits = little_endian(b, 21, 4);
        return DeclaredImageSize{(bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1};
    }
    return std::nullopt;
}

}  // namespace

std::optional<DeclaredImageSize> declared_image_size(Bytes bytes) {
    for (auto* reader : {png_size, jpeg_size, gif_size, webp_size})
        if (auto size = reader(bytes)) return size;
    return std::nullopt;
}

std::string image_limit_problem(Bytes bytes, const Limits& limits) {
    if (bytes.size() > limits.image_bytes)
        return "the image is too large: " + std::to_string(bytes.size()) + " bytes, the limit is " +
               std::to_string(limits.image_bytes);
    const std::optional<DeclaredImageSize> size = declared_image_size(bytes);
    if (!size) return {};
    // Each side is below 2^32, so the product cannot overflow.
    if (size->width * size->height > limits.image_pixels)
        return "the image is too large: " + std::to_string(size->width) + " × " +
               std::to_string(size->height) + " pixels, the limit is " + std::to_string(limits.image_pixels);
    return {};
}

void check_image_limits(Bytes bytes, const Limits& limits) {
    const std::string problem = image_limit_problem(bytes, limits);
    if (!problem.empty()) throw Error(problem);
}

}  // namespace folio
