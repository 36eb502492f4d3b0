// Images written into a page as data: URIs ("data:image/png;base64,iVBOR…"), as single-file page savers do.
#include "converters/data_uri.hpp"

#include "formats/base64.hpp"

namespace folio {

namespace {

constexpr std::string_view kScheme = "data:";

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = ascii_lower(c);
    return out;
}

int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = ascii_lower(c);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

std::optional<std::vector<std::uint8_t>> percent_decode(std::string_view text) {
    std::vector<std::uint8_t> out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '%') {
            out.push_back(static_cast<std::uint8_t>(text[i]));
            continue;
        }
        if (i + 2 >= text.size() || hex_value(text[i + 1]) < 0 || hex_value(text[i + 2]) < 0)
            return std::nullopt;
        out.push_back(static_cast<std::uint8_t>(hex_value(text[i + 1]) * 16 + hex_value(text[i + 2])));
        i += 2;
    }
    return out;
}

}  // namespace

bool is_data_uri(std::string_view src) { return lower(src.substr(0, kScheme.size())) == kScheme; }

std::string data_uri_display(std::string_view uri) {
    const std::size_t comma = uri.find(',');
    const std::string_view header =
        uri.substr(0, comma == std::string_view::npos ? std::min<std::size_t>(uri.size(), 40)
                                                      : std::min<std::size_t>(comma + 1, 80));
    return std::string(header) + "… (" + std::to_string(uri.size()) + " characters)";
}

std::optional<DataUri> decode_data_uri(std::string_view uri, std::size_t max_bytes, bool& too_large) {
    too_large = false;
    if (!is_data_uri(uri)) return std::nullopt;
    const std::size_t comma = uri.find(',');
    if (comma == std::string_view::npos) return std::nullopt;
    const std::string header = lower(uri.substr(kScheme.size(), comma - kScheme.size()));
    const std::string_view content = uri.substr(comma + 1);
    const bool base64 = header.ends_with(";base64");
    // Base64 gives 3 bytes for every 4 characters; percent-encoding at most one byte per character.
    const std::size_t most_bytes = base64 ? content.size() / 4 * 3 + 3 : content.size();
    if (most_bytes > max_bytes + (base64 ? 3 : 0)) {
        too_large = true;
        return std::nullopt;
    }
    DataUri result;
    result.media_type = header.substr(0, header.find(';'));
    auto bytes = base64 ? base64_decode(content) : percent_decode(content);
    if (!bytes) return std::nullopt;
    if (bytes->size() > max_bytes) {
        too_large = true;
        return std::nullopt;
    }
    result.bytes = std::move(*bytes);
    return result;
}

}  // namespace folio
