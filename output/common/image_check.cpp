// Verifying an image before a writer embeds it: decodable headers for JPEG, PNG, GIF and WebP, sanitised SVG.
#include "output/common/image_check.hpp"

#include "formats/diagnostics.hpp"
#include "formats/image_limits.hpp"
#include "formats/jpeg_layout.hpp"
#include "output/common/image_media_type.hpp"
#include "output/common/png_check.hpp"
#include "output/common/svg_sanitizer.hpp"

namespace folio {

namespace {

using Bytes = std::span<const std::uint8_t>;

constexpr std::uint64_t kLongestSide = 1'000'000;  // libpng's default limit for either side

// The entropy-coded data after the first scan header must reach an end-of-image marker.
bool reaches_end_marker(Bytes b, std::size_t from) {
    for (std::size_t at = from; at + 1 < b.size(); ++at)
        if (b[at] == 0xFF && b[at + 1] == 0xD9) return true;
    return false;
}

std::string frame_problem(const JpegFrame& frame) {
    if (frame.marker > 0xC2)
        return "the JPEG uses lossless, hierarchical or arithmetic coding, which readers cannot show";
    if (frame.length < 8) return "the JPEG's frame header is damaged";
    if (frame.precision != 8)
        return "the JPEG has " + std::to_string(frame.precision) + "-bit samples (only 8-bit is supported)";
    if (frame.width == 0 || frame.height == 0) return "the JPEG has no width or height";
    if (frame.components != 1 && frame.components != 3 && frame.components != 4)
        return "the JPEG has " + std::to_string(frame.components) +
               " colour components (1, 3 or 4 are supported)";
    if (frame.length != 8 + 3 * frame.components) return "the JPEG's frame header is damaged";
    return {};
}

std::string jpeg_problem(Bytes b) {
    const std::optional<JpegLayout> layout = jpeg_layout(b);
    if (!layout) return "not a JPEG";
    if (layout->frame)
        if (std::string problem = frame_problem(*layout->frame); !problem.empty()) return problem;
    if (!layout->problem.empty()) return layout->problem;
    return reaches_end_marker(b, layout->scan_data) ? "" : "the JPEG is cut short (no end-of-image marker)";
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
