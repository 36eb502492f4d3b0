// Images written into a page as data: URIs ("data:image/png;base64,iVBOR…"), as single-file page savers do.
#include "converters/data_uri.hpp"

#include <algorithm>

#include "converters/percent_decoding.hpp"
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
    std::optional<std::vector<std::uint8_t>> bytes;
    if (base64) {
        bytes = base64_decode(content);
    } else {
        const std::string decoded = percent_decoded(content);
        bytes.emplace(decoded.begin(), decoded.end());
    }
    if (!bytes) return std::nullopt;
    if (bytes->size() > max_bytes) {
        too_large = true;
        return std::nullopt;
    }
    result.bytes = std::move(*bytes);
    return result;
}

}  // namespace folio
