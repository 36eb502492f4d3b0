// What a PDF needs to embed a PNG's compressed pixels as they are (Flate with the PNG predictors), undecoded.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace folio::pdf {

struct PngStream {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    int bit_depth = 8;                     // 1, 2, 4, 8 or 16 bits per sample
    int colors = 3;                        // samples per pixel: 1 (grey or palette index) or 3 (RGB)
    std::vector<std::uint8_t> palette;     // RGB triples for a palette image, else empty
    std::vector<std::uint16_t> color_key;  // tRNS of a grey or RGB image: the one colour shown transparent
    std::vector<std::span<const std::uint8_t>>
        data;  // the IDAT chunks' data: one zlib stream of filtered rows
};

// The PNG's pixel stream when a PDF can show it undecoded: not interlaced, no alpha channel (colour types 0,
// 2 and 3) and no palette transparency; nullopt otherwise. The PNG must be intact (png_damage ""). The spans
// point into `png`.
std::optional<PngStream> png_stream(std::span<const std::uint8_t> png);

}  // namespace folio::pdf
