// Image format sniffing by magic bytes (and the root element for SVG).
#include "output/common/image_media_type.hpp"

#include <algorithm>
#include <array>

namespace folio {

namespace {

bool starts_with(std::span<const std::uint8_t> bytes, std::string_view magic, std::size_t at = 0) {
    if (bytes.size() < at + magic.size()) return false;
    for (std::size_t i = 0; i < magic.size(); ++i)
        if (bytes[at + i] != static_cast<unsigned char>(magic[i])) return false;
    return true;
}

// An XML document whose root element is <svg>: after an optional BOM, white space, the XML
// declaration, comments and a document type declaration, the first element is svg (or prefix:svg).
// An HTML page that merely contains an <svg> is not an SVG image.
bool looks_like_svg(std::span<const std::uint8_t> bytes) {
    std::string_view text(reinterpret_cast<const char*>(bytes.data()),
                          std::min<std::size_t>(bytes.size(), 4096));
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    while (true) {
        const std::size_t first = text.find_first_not_of(" \t\r\n");
        if (first == std::string_view::npos || text[first] != '<') return false;
        text.remove_prefix(first);
        std::string_view end_mark;
        if (text.starts_with("<?"))
            end_mark = "?>";
        else if (text.starts_with("<!--"))
            end_mark = "-->";
        else if (text.starts_with("<!"))
            end_mark = ">";
        else
            break;
        const std::size_t end = text.find(end_mark);
        if (end == std::string_view::npos) return false;
        text.remove_prefix(end + end_mark.size());
    }
    std::size_t name_end = 1;
    while (name_end < text.size() && text[name_end] != ' ' && text[name_end] != '>' &&
           text[name_end] != '/' && text[name_end] != '\t' && text[name_end] != '\r' &&
           text[name_end] != '\n')
        ++name_end;
    const std::string_view name = text.substr(1, name_end - 1);
    return name == "svg" || (name.size() > 4 && name.ends_with(":svg"));
}

std::string lowered_type(std::string_view declared) {
    std::string type(declared.substr(0, declared.find(';')));
    while (!type.empty() && type.back() == ' ') type.pop_back();
    std::transform(type.begin(), type.end(), type.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return type == "image/jpg" ? "image/jpeg" : type;
}

}  // namespace

std::string sniff_image_media_type(std::span<const std::uint8_t> bytes) {
    if (starts_with(bytes, "\xFF\xD8\xFF")) return "image/jpeg";
    if (starts_with(bytes, "\x89PNG\r\n\x1A\n")) return "image/png";
    if (starts_with(bytes, "GIF87a") || starts_with(bytes, "GIF89a")) return "image/gif";
    if (starts_with(bytes, "RIFF") && starts_with(bytes, "WEBP", 8)) return "image/webp";
    if (looks_like_svg(bytes)) return "image/svg+xml";
    return {};
}

std::string image_media_type(std::span<const std::uint8_t> bytes, std::string_view declared) {
    std::string sniffed = sniff_image_media_type(bytes);
    return sniffed.empty() ? lowered_type(declared) : sniffed;
}

bool is_epub_core_image_type(std::string_view media_type) {
    constexpr std::array<std::string_view, 4> core = {"image/jpeg", "image/png", "image/gif",
                                                      "image/svg+xml"};
    return std::find(core.begin(), core.end(), media_type) != core.end();
}

std::string_view image_file_extension(std::string_view media_type) {
    if (media_type == "image/jpeg") return "jpg";
    if (media_type == "image/png") return "png";
    if (media_type == "image/gif") return "gif";
    if (media_type == "image/webp") return "webp";
    if (media_type == "image/svg+xml") return "svg";
    return "img";
}

}  // namespace folio
