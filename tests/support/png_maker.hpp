// Making PNG files of any size, colour type and bit depth in tests, their rows deflated as they are made.
#pragma once

#include <zlib.h>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace folio::test {

struct PngSpec {
    std::uint32_t width = 1;
    std::uint32_t height = 1;
    int color_type = 2;  // 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA
    int bit_depth = 8;
    std::string palette;       // PLTE data (RGB triples), for colour type 3
    std::string transparency;  // tRNS data, "" for none
};

inline std::string png_chunk(const std::string& type, const std::string& data) {
    std::string chunk;
    const auto length = static_cast<std::uint32_t>(data.size());
    for (int shift = 24; shift >= 0; shift -= 8) chunk += static_cast<char>((length >> shift) & 0xFF);
    chunk += type + data;
    const auto crc = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(chunk.data() + 4), static_cast<uInt>(chunk.size() - 4)));
    for (int shift = 24; shift >= 0; shift -= 8) chunk += static_cast<char>((crc >> shift) & 0xFF);
    return chunk;
}

// The IDAT data of a PNG: every row (filter type 0) as `row(y)` gives its packed samples, deflated.
inline std::string png_image_data(std::uint32_t height,
                                  const std::function<std::string(std::uint32_t)>& row) {
    z_stream stream{};
    deflateInit(&stream, 9);
    std::string out;
    std::vector<Bytef> buffer(1 << 16);
    const auto pump = [&](int flush) {
        do {
            stream.next_out = buffer.data();
            stream.avail_out = static_cast<uInt>(buffer.size());
            deflate(&stream, flush);
            out.append(reinterpret_cast<const char*>(buffer.data()), buffer.size() - stream.avail_out);
        } while (stream.avail_out == 0);
    };
    for (std::uint32_t y = 0; y < height; ++y) {
        const std::string line = std::string(1, '\0') + row(y);
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(line.data()));
        stream.avail_in = static_cast<uInt>(line.size());
        pump(Z_NO_FLUSH);
    }
    pump(Z_FINISH);
    deflateEnd(&stream);
    return out;
}

// A PNG of the given spec whose image data is `image_data` (png_image_data), split into 64 KB IDAT chunks.
inline std::string make_png(const PngSpec& spec, const std::string& image_data) {
    std::string header;
    for (const std::uint32_t side : {spec.width, spec.height})
        for (int shift = 24; shift >= 0; shift -= 8) header += static_cast<char>((side >> shift) & 0xFF);
    header += {static_cast<char>(spec.bit_depth), static_cast<char>(spec.color_type), 0, 0, 0};
    std::string png = "\x89PNG\r\n\x1A\n" + png_chunk("IHDR", header);
    if (!spec.palette.empty()) png += png_chunk("PLTE", spec.palette);
    if (!spec.transparency.empty()) png += png_chunk("tRNS", spec.transparency);
    for (std::size_t at = 0; at < image_data.size(); at += 1 << 16)
        png += png_chunk("IDAT", image_data.substr(at, 1 << 16));
    return png + png_chunk("IEND", "");
}

}  // namespace folio::test
