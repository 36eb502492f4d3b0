// Checking a PNG's structure, checksums and compressed data before PoDoFo decodes it (libpng would print its
// own messages on standard error and the figure would silently become an empty frame).
#include "output/common/png_check.hpp"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <string_view>

namespace folio {

namespace {

std::uint32_t big_endian(std::span<const std::uint8_t> b, std::size_t at) {
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8) |
           std::uint32_t{b[at + 3]};
}

struct Header {
    std::uint32_t width = 0;
    std::uint32_t height = 0;
    int bit_depth = 0;
    int color_type = 0;
    bool interlaced = false;
};

int channels(int color_type) {
    switch (color_type) {
        case 0:
            return 1;
        case 2:
            return 3;
        case 3:
            return 1;
        case 4:
            return 2;
        case 6:
            return 4;
        default:
            return 0;
    }
}

// The bytes the decompressed image data must have: one filter byte per row plus the packed pixels.
std::uint64_t raw_size(const Header& h) {
    const std::uint64_t row_bits = std::uint64_t{h.width} *
                                   static_cast<std::uint64_t>(channels(h.color_type)) *
                                   static_cast<std::uint64_t>(h.bit_depth);
    return std::uint64_t{h.height} * (1 + (row_bits + 7) / 8);
}

// "" when `data` inflates to a complete zlib stream of `expected` bytes (any size when interlaced).
std::string inflate_problem(const std::string& data, const Header& header) {
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK) return "cannot start inflating";
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    std::array<Bytef, 65536> sink;
    std::uint64_t produced = 0;
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = sink.data();
        stream.avail_out = static_cast<uInt>(sink.size());
        status = inflate(&stream, Z_NO_FLUSH);
        produced += sink.size() - stream.avail_out;
        if (status == Z_BUF_ERROR && stream.avail_in == 0) break;  // the data ends before the stream does
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END) return "the compressed image data is damaged or incomplete";
    if (!header.interlaced && produced != raw_size(header))
        return "the image data does not match the declared size";
    return {};
}

}  // namespace

std::string png_damage(std::span<const std::uint8_t> png) {
    static constexpr std::string_view signature = "\x89PNG\r\n\x1A\n";
    if (png.size() < signature.size() ||
        !std::equal(signature.begin(), signature.end(), png.begin(),
                    [](char a, std::uint8_t b) { return static_cast<std::uint8_t>(a) == b; }))
        return "not a PNG";
    Header header;
    bool seen_header = false, seen_palette = false;
    std::string image_data;
    std::size_t at = signature.size();
    while (true) {
        if (png.size() - at < 12) return "truncated";
        const std::uint32_t length = big_endian(png, at);
        if (length > png.size() - at - 12) return "truncated";
        const std::string type(reinterpret_cast<const char*>(&png[at + 4]), 4);
        const auto crc = crc32(0, &png[at + 4], length + 4);
        if (crc != big_endian(png, at + 8 + length)) return "bad checksum in " + type;
        const std::size_t data = at + 8;
        at += 12 + std::size_t{length};
        if (!seen_header) {
            if (type != "IHDR" || length != 13) return "no IHDR chunk first";
            header = Header{big_endian(png, data), big_endian(png, data + 4), png[data + 8], png[data + 9],
                            png[data + 12] == 1};
            if (header.width == 0 || header.height == 0 || channels(header.color_type) == 0 ||
                header.bit_depth == 0 || header.bit_depth > 16 ||
                (header.bit_depth & (header.bit_depth - 1)) != 0)
                return "invalid IHDR";
            seen_header = true;
        } else if (type == "PLTE") {
            seen_palette = true;
        } else if (type == "IDAT") {
            if (header.color_type == 3 && !seen_palette) return "no palette before the image data";
            image_data.append(reinterpret_cast<const char*>(&png[data]), length);
        } else if (type == "IEND") {
            break;
        }
    }
    if (image_data.empty()) return "no image data";
    return inflate_problem(image_data, header);
}

std::vector<std::uint8_t> png_pixel_chunks(std::span<const std::uint8_t> png) {
    constexpr std::size_t signature_size = 8;
    std::vector<std::uint8_t> out(
        png.begin(), png.begin() + static_cast<std::ptrdiff_t>(std::min(signature_size, png.size())));
    for (std::size_t at = signature_size; png.size() >= at + 12;) {
        const std::size_t length = big_endian(png, at);
        if (length > png.size() - at - 12) break;
        const std::string type(reinterpret_cast<const char*>(&png[at + 4]), 4);
        const auto chunk = png.begin() + static_cast<std::ptrdiff_t>(at);
        if (type == "IHDR" || type == "PLTE" || type == "tRNS" || type == "IDAT" || type == "IEND")
            out.insert(out.end(), chunk, chunk + static_cast<std::ptrdiff_t>(length + 12));
        at += length + 12;
        if (type == "IEND") break;
    }
    return out;
}

}  // namespace folio
