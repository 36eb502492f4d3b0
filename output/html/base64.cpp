// Base64 encoding with padding, no line breaks.
#include "output/html/base64.hpp"

#include <string_view>

namespace folio {

std::string base64_encode(std::span<const std::uint8_t> bytes) {
    constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t left = bytes.size() - i;
        const std::uint32_t chunk = (std::uint32_t{bytes[i]} << 16) |
                                    (left > 1 ? std::uint32_t{bytes[i + 1]} << 8 : 0U) |
                                    (left > 2 ? std::uint32_t{bytes[i + 2]} : 0U);
        out += alphabet[(chunk >> 18) & 0x3F];
        out += alphabet[(chunk >> 12) & 0x3F];
        out += left > 1 ? alphabet[(chunk >> 6) & 0x3F] : '=';
        out += left > 2 ? alphabet[chunk & 0x3F] : '=';
    }
    return out;
}

}  // namespace folio
