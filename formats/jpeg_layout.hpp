// Walking a JPEG's marker segments to its frame header and first scan without decoding: the one walk that
// the size limits (image_limits) and the decodability check (image_check) share.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>

namespace folio {

struct JpegFrame {
    std::uint8_t marker = 0;  // the start-of-frame marker: 0xC0 baseline, 0xC1 extended, 0xC2 progressive, …
    std::size_t length = 0;   // the segment's length field; the fields below are 0 when it is under 8
    std::uint32_t precision = 0;  // bits per sample
    std::uint64_t width = 0;
    std::uint64_t height = 0;
    std::uint32_t components = 0;
};

struct JpegLayout {
    std::optional<JpegFrame> frame;  // the first start-of-frame segment, when one was read whole
    std::size_t scan_data = 0;       // where the first scan's entropy-coded data begins (0: no scan reached)
    std::string problem;             // "" when a scan was reached after a frame, else what stopped the walk
};

// The layout of a JPEG's headers; nullopt when the bytes do not start with a start-of-image marker.
std::optional<JpegLayout> jpeg_layout(std::span<const std::uint8_t> bytes);

}  // namespace folio
