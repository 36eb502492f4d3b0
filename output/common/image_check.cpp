// Verifying an image before a writer embeds it: decodable headers for JPEG, PNG, GIF and WebP, sanitised SVG.
#include "output/common/image_check.hpp"

#include "formats/diagnostics.hpp"
#include "formats/image_limits.hpp"
#include "output/common/image_media_type.hpp"
#include "output/common/png_check.hpp"
#include "output/common/svg_sanitizer.hpp"

namespace folio {

namespace {

using Bytes = std::span<const std::uint8_t>;

constexpr std::uint64_t kLongestSide = 1'000'000;  // libpng's default limit for either side

std::uint32_t be16(Bytes b, std::size_t at) { return (std::uint32_t{b[at]} << 8) | b[at + 1]; }

bool is_start_of_frame(std::uint8_t marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// The entropy-coded data after the first scan header must reach an end-of-image marker.
bool reaches_end_marker(Bytes b, std::size_t from) {
    for (std::size_t at = from; at + 1 < b.size(); ++at)
        if (b[at] == 0xFF && b[at + 1] == 0xD9) return true;
    return false;
}

std::string jpeg_problem(Bytes b) {
    bool frame = false;
    for (std::size_t at = 2;;) {
        if (at + 4 > b.size()) return "the JPEG is cut short";
        if (b[at] != 0xFF) return "the JPEG's markers are damaged";
        const std::uint8_t marker = b[at + 1];
        if (marker == 0xFF) {
            ++at;
            continue;
        }
        if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            at += 2;
            continue;
        }
        if (marker == 0xD9) return "the JPEG ends before its image data";
        const std::size_t length = be16(b, at + 2);
        if (length < 2 || at + 2 + length > b.size()) return "the JPEG is cut short";
        if (is_start_of_frame(marker)) {
            if (marker > 0xC2)
                return "the JPEG uses lossless, hierarchical or arithmetic coding, which readers cannot show";
            if (length < 8) return "the JPEG's frame header is damaged";
            const std::uint32_t precision = b[at + 4];
            const std::uint32_t components = b[at + 9];
            if (precision != 8)
                return "the JPEG has " + std::to_string(precision) + "-bit samples (only 8-bit is supported)";
            if (be16(b, at + 5) == 0 || be16(b, at + 7) == 0) return "the JPEG has no width or height";
            if (components != 1 && components != 3 && components != 4)
                return "the JPEG has " + std::to_string(components) +
                       " colour components (1, 3 or 4 are supported)";
            if (length != 8 + 3 * components) return "the JPEG's frame header is damaged";
            frame = true;
        }
        if (marker == 0xDA) {
            if (!frame) return "the JPEG has image data before its frame header";
            return reaches_end_marker(b, at + 2 + length) ? ""
                                                          : "the JPEG is cut short (no end-of-image marker)";
        }
        at += 2 + length;
    }
}

std::string png_problem(Bytes b) {
    const auto size = declared_image_size(b);
    if (size && (size->width > kLongestSide || size->height > kLongestSide))
        return "the PNG is " + std::to_string(size->width) + " × " + std::to_string(size->height) +
               " pixels; no side may exceed " + std::to_string(kLongestSide);
    if (std::string damage = png_damage(b); !damage.empty()) return "the PNG is damaged (" + damage + ")";
    return {};
}

std::string sized_problem(Bytes b, const char* format) {
    const auto size = declared_image_size(b);
    if (!size) return std::string("the ") + format + " header is damaged";
    if (size->width == 0 || size->height == 0)
        return std::string("the ") + format + " has no width or height";
    return {};
}

std::string gif_problem(Bytes b) {
    if (std::string p = sized_problem(b, "GIF"); !p.empty()) return p;
    return b.back() == 0x3B ? "" : "the GIF is cut short (no trailer)";
}

std::string webp_problem(Bytes b) {
    if (std::string p = sized_problem(b, "WebP"); !p.empty()) return p;
    const std::uint64_t riff =
        b[4] | (std::uint64_t{b[5]} << 8) | (std::uint64_t{b[6]} << 16) | (std::uint64_t{b[7]} << 24);
    return riff + 8 > b.size() ? "the WebP is cut short" : "";
}

}  // namespace

std::string raster_image_problem(Bytes bytes) {
    const std::string type = sniff_image_media_type(bytes);
    if (type == "image/jpeg") return jpeg_problem(bytes);
    if (type == "image/png") return png_problem(bytes);
    if (type == "image/gif") return gif_problem(bytes);
    if (type == "image/webp") return webp_problem(bytes);
    return "not a JPEG, PNG, GIF or WebP image";
}

CheckedImage checked_image(Bytes bytes) {
    CheckedImage checked;
    const std::string type = sniff_image_media_type(bytes);
    if (type.empty()) {
        checked.problem = "not a JPEG, PNG, GIF, WebP or SVG image";
    } else if (type == "image/svg+xml") {
        try {
            checked.bytes =
                sanitized_svg(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
        } catch (const Error& e) {
            checked.problem = e.what();
        }
    } else {
        checked.problem = raster_image_problem(bytes);
        if (checked.problem.empty()) checked.bytes.assign(bytes.begin(), bytes.end());
    }
    if (checked.problem.empty()) checked.media_type = type;
    return checked;
}

}  // namespace folio
