// Base64 (RFC 4648) for data: URIs: encoding with padding and no line breaks, and decoding.
#include "formats/base64.hpp"

namespace folio {

namespace {

constexpr std::string_view alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int sextet(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

bool is_white_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

}  // namespace

std::string base64_encode(std::span<const std::uint8_t> bytes) {
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

std::optional<std::vector<std::uint8_t>> base64_decode(std::string_view text) {
    std::vector<std::uint8_t> out;
    out.reserve(text.size() / 4 * 3);
    std::uint32_t chunk = 0;
    int count = 0;    // sextets in chunk
    int padding = 0;  // '=' seen
    for (const char c : text) {
        if (is_white_space(c)) continue;
        if (c == '=') {
            ++padding;
            continue;
        }
        const int value = sextet(c);
        if (value < 0 || padding > 0) return std::nullopt;
        chunk = (chunk << 6) | static_cast<std::uint32_t>(value);
        if (++count == 4) {
            out.push_back(static_cast<std::uint8_t>(chunk >> 16));
            out.push_back(static_cast<std::uint8_t>(chunk >> 8));
            out.push_back(static_cast<std::uint8_t>(chunk));
            chunk = 0;
            count = 0;
        }
    }
    if (count == 1 || padding > 2 || (padding > 0 && count + padding != 4)) return std::nullopt;
    if (count == 2) out.push_back(static_cast<std::uint8_t>(chunk >> 4));
    if (count == 3) {
        out.push_back(static_cast<std::uint8_t>(chunk >> 10));
        out.push_back(static_cast<std::uint8_t>(chunk >> 2));
    }
    return out;
}

}  // namespace folio
