// Turning input bytes into clean UTF-8 text: BOM, UTF-8 check, Windows-1252 fallback, line endings.
#include "input/common/decode.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "formats/utf8.hpp"

namespace folio {

namespace {

enum class Encoding { none, utf8, utf16le, utf16be, utf32le, utf32be };

struct ByteOrderMark {
    Encoding encoding = Encoding::none;
    std::size_t length = 0;
};

ByteOrderMark byte_order_mark(std::string_view s) {
    using namespace std::string_view_literals;
    if (s.starts_with("\xFF\xFE\0\0"sv)) return {Encoding::utf32le, 4};
    if (s.starts_with("\0\0\xFE\xFF"sv)) return {Encoding::utf32be, 4};
    if (s.starts_with("\xEF\xBB\xBF"sv)) return {Encoding::utf8, 3};
    if (s.starts_with("\xFF\xFE"sv)) return {Encoding::utf16le, 2};
    if (s.starts_with("\xFE\xFF"sv)) return {Encoding::utf16be, 2};
    return {};
}

// UTF-16 without a byte order mark: its ASCII characters leave a NUL in every other byte.
Encoding unmarked_utf16(std::string_view s) {
    const std::size_t pairs = std::min<std::size_t>(s.size(), 4096) / 2;
    if (pairs < 2 || s.size() % 2 != 0) return Encoding::none;
    std::size_t even_nuls = 0;
    std::size_t odd_nuls = 0;
    for (std::size_t i = 0; i < pairs; ++i) {
        even_nuls += s[2 * i] == '\0';
        odd_nuls += s[2 * i + 1] == '\0';
    }
    const auto mostly = [pairs](std::size_t n) { return n * 10 >= pairs * 4; };
    const auto hardly = [pairs](std::size_t n) { return n * 50 <= pairs; };
    if (mostly(odd_nuls) && hardly(even_nuls)) return Encoding::utf16le;
    if (mostly(even_nuls) && hardly(odd_nuls)) return Encoding::utf16be;
    return Encoding::none;
}

// Code units of 2 or 4 bytes as UTF-8; malformed units (lone surrogates, values above U+10FFFF, a cut
// last unit) become U+FFFD and are counted in `bad`.
std::string from_wide(std::string_view s, std::size_t width, bool big_endian, std::size_t& bad) {
    const auto unit = [&](std::size_t at) {
        char32_t value = 0;
        for (std::size_t i = 0; i < width; ++i)
            value |= char32_t{static_cast<unsigned char>(s[at + i])}
                     << (8 * (big_endian ? width - 1 - i : i));
        return value;
    };
    std::string out;
    out.reserve(s.size());
    std::size_t at = 0;
    for (; at + width <= s.size(); at += width) {
        char32_t cp = unit(at);
        if (width == 2 && cp >= 0xD800 && cp <= 0xDBFF && at + 4 <= s.size()) {
            const char32_t low = unit(at + 2);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                at += 2;
            }
        }
        if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            ++bad;
            cp = 0xFFFD;
        }
        append_utf8(out, cp);
    }
    if (at < s.size()) {
        ++bad;
        append_utf8(out, 0xFFFD);
    }
    return out;
}

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

// UTF-8 with each malformed sequence replaced by one U+FFFD, and what was found on the way.
struct RepairedUtf8 {
    std::string text;
    std::size_t well_formed_multibyte = 0;  // sequences of two bytes or more that were fine
    std::size_t malformed = 0;              // malformed sequences before the last bytes
    std::size_t first_malformed = std::string_view::npos;
    bool cut_at_end = false;     // the text ends inside a sequence
    std::size_t cut_length = 0;  // the bytes of that sequence
};

// The bytes of a malformed sequence at `at`: its lead byte and the continuation bytes it was given.
std::size_t malformed_length(std::string_view s, std::size_t at, std::size_t& expected) {
    const auto lead = static_cast<unsigned char>(s[at]);
    expected = lead >= 0xC2 && lead <= 0xDF   ? 2
               : lead >= 0xE0 && lead <= 0xEF ? 3
               : lead >= 0xF0 && lead <= 0xF4 ? 4
                                              : 1;
    std::size_t n = 1;
    while (n < expected && at + n < s.size() && (static_cast<unsigned char>(s[at + n]) & 0xC0) == 0x80) ++n;
    return n;
}

RepairedUtf8 repair_utf8(std::string_view s) {
    RepairedUtf8 r;
    r.text.reserve(s.size());
    for (std::size_t at = 0; at < s.size();) {
        const std::size_t length = utf8_sequence_at(s, at).length;
        if (length > 0) {
            r.well_formed_multibyte += length > 1;
            r.text.append(s.substr(at, length));
            at += length;
            continue;
        }
        std::size_t expected = 0;
        const std::size_t bad = malformed_length(s, at, expected);
        if (r.first_malformed == std::string_view::npos) r.first_malformed = at;
        if (at + bad == s.size() && bad < expected) {
            r.cut_at_end = true;
            r.cut_length = bad;
        } else {
            ++r.malformed;
        }
        append_utf8(r.text, 0xFFFD);
        at += bad;
    }
    return r;
}

// Whether text with malformed UTF-8 is still UTF-8 at heart: its only flaw a sequence cut at the end
// (with more UTF-8 around it, or continuation bytes of its own), or a few flaws among many good sequences.
bool still_utf8(const RepairedUtf8& r) {
    if (r.malformed == 0) return r.well_formed_multibyte > 0 || r.cut_length > 1;
    return r.well_formed_multibyte >= 4 * r.malformed;
}

bool is_control(unsigned char b) {
    return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
}

// Throws for binary content (one byte in twenty a control byte or NUL); otherwise returns the number of
// stray control bytes to drop.
std::size_t check_not_binary(std::string_view s) {
    std::size_t controls = 0;
    std::size_t first = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        if (is_control(static_cast<unsigned char>(s[i])) && controls++ == 0) first = i;
    if (controls * 20 >= s.size() && controls > 0) {
        throw Error("binary content (" + std::to_string(controls) + " of " + std::to_string(s.size()) +
                    " bytes are NUL or control bytes, the first at offset " + std::to_string(first) + ")");
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
        } else if (!is_control(static_cast<unsigned char>(c))) {
            out += c;
        }
    }
    return out;
}

// The text of a UTF-16 or UTF-32 file as UTF-8.
std::string from_wide_encoding(std::string_view bytes, Encoding encoding, Diagnostics& diag) {
    const bool utf32 = encoding == Encoding::utf32le || encoding == Encoding::utf32be;
    const bool big_endian = encoding == Encoding::utf16be || encoding == Encoding::utf32be;
    std::size_t bad = 0;
    std::string text = from_wide(bytes, utf32 ? 4 : 2, big_endian, bad);
    if (bad > 0) {
        diag.warn(std::string(utf32 ? "UTF-32" : "UTF-16") + " input has " + std::to_string(bad) +
                  " malformed code unit" + (bad == 1 ? "" : "s") + "; replaced with U+FFFD");
    }
    return text;
}

}  // namespace

bool is_utf8(std::string_view bytes) { return first_invalid_utf8(bytes) == std::string_view::npos; }

bool has_byte_order_mark(std::string_view bytes) { return byte_order_mark(bytes).encoding != Encoding::none; }

std::string decode_text(std::string_view bytes, Diagnostics& diag) {
    if (bytes.empty()) throw Error("empty input");
    const ByteOrderMark mark = byte_order_mark(bytes);
    bytes.remove_prefix(mark.length);
    if (bytes.empty()) throw Error("empty input (only a byte order mark)");
    const Encoding wide = mark.encoding == Encoding::none ? unmarked_utf16(bytes) : mark.encoding;
    std::string converted;
    if (wide != Encoding::none && wide != Encoding::utf8) {
        converted = from_wide_encoding(bytes, wide, diag);
        bytes = converted;
    }
    const std::size_t controls = check_not_binary(bytes);
    if (controls > 0) {
        diag.warn("dropped " + std::to_string(controls) + " stray control character" +
                  (controls == 1 ? "" : "s") + " (NUL or other control bytes)");
    }
    if (is_utf8(bytes)) return normalize_line_ends(bytes);
    const RepairedUtf8 repaired = repair_utf8(bytes);
    const std::string offset = std::to_string(repaired.first_malformed);
    if (still_utf8(repaired)) {
        if (repaired.malformed == 0) {
            diag.warn("input ends in a cut UTF-8 sequence (at offset " + offset +
                      "); replaced it with U+FFFD");
        } else {
            const std::size_t count = repaired.malformed + (repaired.cut_at_end ? 1 : 0);
            diag.warn("input has " + std::to_string(count) + " malformed UTF-8 sequence" +
                      (count == 1 ? "" : "s") + " (the first at offset " + offset +
                      "); replaced with U+FFFD");
        }
        return normalize_line_ends(repaired.text);
    }
    diag.warn("input is not valid UTF-8 (first invalid byte at offset " + offset +
              "); read it as Windows-1252");
    return normalize_line_ends(from_windows_1252(bytes));
}

}  // namespace folio
