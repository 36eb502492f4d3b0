// Walking a JPEG's marker segments to its frame header and first scan without decoding: the one walk that
// the size limits (image_limits) and the decodability check (image_check) share.
#include "formats/jpeg_layout.hpp"

namespace folio {

namespace {

std::uint32_t be16(std::span<const std::uint8_t> b, std::size_t at) {
    return (std::uint32_t{b[at]} << 8) | b[at + 1];
}

bool is_start_of_frame(std::uint8_t marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Markers without a length: start of image, TEM, restart markers.
bool stands_alone(std::uint8_t marker) {
    return marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7);
}

JpegFrame frame_at(std::span<const std::uint8_t> b, std::size_t at, std::size_t length) {
    JpegFrame frame;
    frame.marker = b[at + 1];
    frame.length = length;
    if (length < 8) return frame;
    frame.precision = b[at + 4];
    frame.height = be16(b, at + 5);
    frame.width = be16(b, at + 7);
    frame.components = b[at + 9];
    return frame;
}

}  // namespace

std::optional<JpegLayout> jpeg_layout(std::span<const std::uint8_t> b) {
    if (b.size() < 4 || b[0] != 0xFF || b[1] != 0xD8) return std::nullopt;
    JpegLayout layout;
    for (std::size_t at = 2;;) {
        if (at + 4 > b.size()) {
            layout.problem = "the JPEG is cut short";
            return layout;
        }
        if (b[at] != 0xFF) {
            layout.problem = "the JPEG's markers are damaged";
            return layout;
        }
        const std::uint8_t marker = b[at + 1];
        if (marker == 0xFF || stands_alone(marker)) {
            at += marker == 0xFF ? 1 : 2;
            continue;
        }
        if (marker == 0xD9) {
            layout.problem = "the JPEG ends before its image data";
            return layout;
        }
        const std::size_t length = be16(b, at + 2);
        if (length < 2 || at + 2 + length > b.size()) {
            layout.problem = "the JPEG is cut short";
            return layout;
        }
        if (is_start_of_frame(marker) && !layout.frame) layout.frame = frame_at(b, at, length);
        if (marker == 0xDA) {
            if (!layout.frame)
                layout.problem = "the JPEG has image data before its frame header";
            else
                layout.scan_data = at + 2 + length;
            return layout;
        }
        at += 2 + length;
    }
}

}  // namespace folio
