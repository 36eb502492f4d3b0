// Pixel size of a JPEG or PNG image from its bytes, without decoding it.
#include "output/pdf/image_size.hpp"

namespace folio::pdf {

namespace {

int big_endian(const std::vector<std::uint8_t>& b, std::size_t at, int count) {
    int value = 0;
    for (int k = 0; k < count; ++k) value = (value << 8) | b[at + static_cast<std::size_t>(k)];
    return value;
}

std::optional<ImageSize> png_size(const std::vector<std::uint8_t>& b) {
    static const std::uint8_t signature[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (b.size() < 24) return std::nullopt;
    for (int k = 0; k < 8; ++k)
        if (b[static_cast<std::size_t>(k)] != signature[k]) return std::nullopt;
    if (b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') return std::nullopt;
    ImageSize size{ImageFormat::Png, big_endian(b, 16, 4), big_endian(b, 20, 4)};
    if (size.width <= 0 || size.height <= 0) return std::nullopt;
    return size;
}

std::optional<ImageSize> jpeg_size(const std::vector<std::uint8_t>& b) {
    if (b.size() < 4 || b[0] != 0xFF || b[1] != 0xD8) return std::nullopt;
    std::size_t at = 2;
    while (at + 4 <= b.size()) {
        if (b[at] != 0xFF) return std::nullopt;
        const std::uint8_t marker = b[at + 1];
        if (marker == 0xFF) {
            ++at;
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += 2;
            continue;
        }
        const int length = big_endian(b, at + 2, 2);
        const bool start_of_frame =
            marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (start_of_frame) {
            if (at + 9 > b.size()) return std::nullopt;
            ImageSize size{ImageFormat::Jpeg, big_endian(b, at + 7, 2), big_endian(b, at + 5, 2)};
            if (size.width <= 0 || size.height <= 0) return std::nullopt;
            return size;
        }
        if (length < 2) return std::nullopt;
        at += 2 + static_cast<std::size_t>(length);
    }
    return std::nullopt;
}

}  // namespace

std::optional<ImageSize> image_size(const std::vector<std::uint8_t>& bytes) {
    if (auto png = png_size(bytes)) return png;
    return jpeg_size(bytes);
}

}  // namespace folio::pdf
