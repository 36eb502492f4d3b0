// Checking a PNG's structure, checksums and compressed data before PoDoFo decodes it (libpng would print its
// own messages on standard error and the figure would silently become an empty frame).
#include "output/common/png_check.hpp"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <string_view>
#include <vector>

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

// The scanlines of the decompressed image data: `rows` rows of `bytes` bytes each (a filter byte and the
// packed pixels), one run for a plain image, one for each non-empty Adam7 pass of an interlaced one.
struct Scanlines {
    std::uint64_t bytes = 0;
    std::uint64_t rows = 0;
};

std::vector<Scanlines> scanlines(const Header& h) {
    const auto row_bytes = [&h](std::uint64_t width) {
        return 1 + (width * static_cast<std::uint64_t>(channels(h.color_type)) *
                        static_cast<std::uint64_t>(h.bit_depth) +
                    7) /
                       8;
    };
    if (!h.interlaced) return {{row_bytes(h.width), h.height}};
    // Adam7: the first column and row of each pass, and its steps across and down.
    constexpr std::array<std::array<std::uint64_t, 4>, 7> passes = {
        {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4}, {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}}};
    std::vector<Scanlines> out;
    for (const auto& [x0, y0, dx, dy] : passes) {
        const std::uint64_t width = h.width > x0 ? (h.width - x0 + dx - 1) / dx : 0;
        const std::uint64_t height = h.height > y0 ? (h.height - y0 + dy - 1) / dy : 0;
        if (width > 0 && height > 0) out.push_back({row_bytes(width), height});
    }
    return out;
}

// "" when `data` inflates to a complete zlib stream of exactly the scanlines the header declares, each
// starting with a filter type PNG defines (0 to 4).
std::string inflate_problem(const std::string& data, const Header& header) {
    const std::vector<Scanlines> lines = scanlines(header);
    std::size_t run = 0;            // the run of scanlines the next row belongs to
    std::uint64_t row = 0;          // the next row within that run
    std::uint64_t next_filter = 0;  // where the next row's filter byte is, in the whole inflated data
    std::uint64_t total = 0;        // bytes inflated so far
    std::string problem;
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK) return "cannot start inflating";
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    stream.avail_in = static_cast<uInt>(data.size());
    std::array<Bytef, 65536> sink;
    int status = Z_OK;
    while (status == Z_OK && problem.empty()) {
        stream.next_out = sink.data();
        stream.avail_out = static_cast<uInt>(sink.size());
        status = inflate(&stream, Z_NO_FLUSH);
        const std::uint64_t end = total + (sink.size() - stream.avail_out);
        for (; next_filter < end; ++row) {
            if (run < lines.size() && row == lines[run].rows) {
                ++run;
                row = 0;
            }
            if (run >= lines.size()) {
                problem = "the image data does not match the declared size";
                break;
            }
            if (sink[next_filter - total] > 4) {
                problem = "a row of the image data has an unknown filter type";
                break;
            }
            next_filter += lines[run].bytes;
        }
        total = end;
        if (status == Z_BUF_ERROR && stream.avail_in == 0) break;  // the data ends before the stream does
    }
    inflateEnd(&stream);
    if (!problem.empty()) return problem;
    if (status != Z_STREAM_END) return "the compressed image data is damaged or incomplete";
    if (run < lines.size() && row == lines[run].rows) ++run;
    if (run < lines.size() || next_filter != total) return "the image data does not match the declared size";
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
