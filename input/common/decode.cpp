// Turning input bytes into clean UTF-8 text: BOM, UTF-8 check, Windows-1252 fallback, line endings.
#include "input/common/decode.hpp"

#include <array>
#include <cstdint>

#include "formats/utf8.hpp"

namespace folio {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Windows-1252 for 0x80..0x9F; the five bytes it leaves undefined keep their Latin-1 meaning.
std::string from_windows_1252(std::string_view s) {
    static constexpr std::array<char16_t, 32> kHigh = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    std::string out;
    out.reserve(s.size() + s.size() / 8);
    for (const char ch : s) {
        const auto b = static_cast<unsigned char>(ch);
        append_utf8(out, b >= 0x80 && b < 0xA0 ? kHigh[b - 0x80] : char32_t{b});
    }
    return out;
}

bool is_unwanted_control(unsigned char b) {
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
}

// Throws for binary content; otherwise returns the number of stray control bytes to drop.
std::size_t check_not_binary(std::string_view s) {
    std::size_t controls = 0;
    std::size_t first = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if (b == 0) throw Error("binary content (NUL byte at offset " + std::to_string(i) + ")");
        if (is_unwanted_control(b) && controls++ == 0) first = i;
    }
    if (controls >= 16 || controls * 20 >= s.size()) {
        throw Error("binary content (" + std::to_string(controls) + " control bytes, the first at offset " +
                    std::to_string(first) + ")");
    }
    return controls;
}

// CRLF and lone CR become LF, form feeds become LF, other stray control bytes are dropped.
std::string normalize_line_ends(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        const char c = s[i];
        if (c == '\r') {
            out += '\n';
            if (i + 1 < s.size() && s[i + 1] == '\n') ++i;
        } else if (c == '\f') {
            out += '\n';
        } else if (!is_unwanted_control(static_cast<unsigned char>(c))) {
            out += c;
        }
    }
    return out;
}

}  // namespace

std::string decode_text(std::string_view bytes, Diagnostics& diag) {
    if (bytes.empty()) throw Error("empty input");
    if (bytes.starts_with(kUtf8Bom)) {
        bytes.remove_prefix(kUtf8Bom.size());
        if (bytes.empty()) throw Error("empty input (only a byte order mark)");
    }
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        throw Error("UTF-16 text is not supported (save the file as UTF-8)");
    }
    const std::size_t controls = check_not_binary(bytes);
    if (controls > 0) {
        diag.warn("dropped " + std::to_string(controls) + " stray control character" +
                  (controls == 1 ? "" : "s"));
    }
    if (const std::size_t bad = first_invalid_utf8(bytes); bad != std::string_view::npos) {
        diag.warn("input is not valid UTF-8 (first invalid byte at offset " + std::to_string(bad) +
                  "); read it as Windows-1252");
        return normalize_line_ends(from_windows_1252(bytes));
    }
    return normalize_line_ends(bytes);
}

}  // namespace folio
