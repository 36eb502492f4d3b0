// What a PDF needs to embed a PNG's compressed pixels as they are (Flate with the PNG predictors), undecoded.
#include "output/pdf/png_stream.hpp"

#include <string_view>

namespace folio::pdf {

namespace {

std::uint32_t big_endian(std::span<const std::uint8_t> b, std::size_t at) {
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8) |
           std::uint32_t{b[at + 3]};
}

bool is_type(std::span<const std::uint8_t> chunk_type, std::string_view name) {
    return std::string_view(reinterpret_cast<const char*>(chunk_type.data()), chunk_type.size()) == name;
}

}  // namespace

std::optional<PngStream> png_stream(std::span<const std::uint8_t> png) {
    constexpr std::size_t signature_size = 8;
    PngStream out;
    bool seen_header = false;
    int color_type = 0;
    std::span<const std::uint8_t> transparency;
    for (std::size_t at = signature_size; png.size() >= at + 12;) {
        const std::size_t length = big_endian(png, at);
        if (length > png.size() - at - 12) return std::nullopt;
        const std::span<const std::uint8_t> type = png.subspan(at + 4, 4);
        const std::span<const std::uint8_t> data = png.subspan(at + 8, length);
        at += length + 12;
        if (is_type(type, "IHDR") && length == 13) {
            out.width = big_endian(data, 0);
            out.height = big_endian(data, 4);
            out.bit_depth = data[8];
            color_type = data[9];
            if (data[12] != 0 || (color_type != 0 && color_type != 2 && color_type != 3)) return std::nullopt;
            out.colors = color_type == 2 ? 3 : 1;
            seen_header = true;
        } else if (is_type(type, "PLTE") && color_type == 3) {
            out.palette.assign(data.begin(), data.end());
        } else if (is_type(type, "tRNS")) {
            transparency = data;
        } else if (is_type(type, "IDAT")) {
            out.data.push_back(data);
        } else if (is_type(type, "IEND")) {
            break;
        }
    }
    if (!seen_header || out.data.empty()) return std::nullopt;
    if (color_type == 3) {
        // Palette transparency would need a soft mask, and so decoding.
        if (!transparency.empty() || out.palette.empty() || out.palette.size() % 3 != 0) return std::nullopt;
    } else if (transparency.size() == 2 * static_cast<std::size_t>(out.colors)) {
        for (std::size_t k = 0; k < transparency.size(); k += 2)
            out.color_key.push_back(static_cast<std::uint16_t>((transparency[k] << 8) | transparency[k + 1]));
    }
    return out;
}

}  // namespace folio::pdf
