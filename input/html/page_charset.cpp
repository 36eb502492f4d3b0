// Finding a page's character encoding and decoding it to UTF-8 (ICU for encodings other than UTF-8/1252).
#include "input/html/page_charset.hpp"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <set>

#include "input/common/decode.hpp"
#include "input/common/utf8.hpp"

namespace folio::html {

namespace {

constexpr std::size_t kPrescanBytes = 8192;

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return out;
}

bool is_label_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == ':';
}

// The label after "<key>=" (optionally quoted) at or after `from` inside `tag`; "" when absent.
std::string label_after(std::string_view tag, std::string_view key) {
    std::size_t at = tag.find(key);
    while (at != std::string_view::npos) {
        std::size_t p = at + key.size();
        while (p < tag.size() && tag[p] == ' ') ++p;
        if (p < tag.size() && tag[p] == '=') {
            ++p;
            while (p < tag.size() && (tag[p] == ' ' || tag[p] == '"' || tag[p] == '\'')) ++p;
            std::size_t end = p;
            while (end < tag.size() && is_label_char(tag[end])) ++end;
            if (end > p) return std::string(tag.substr(p, end - p));
        }
        at = tag.find(key, at + key.size());
    }
    return {};
}

bool is_utf8_label(std::string_view label) {
    return label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8" || label == "x-unicode20utf8";
}

// Labels browsers read as Windows-1252 (the WHATWG Encoding Standard maps Latin-1 and ASCII there).
bool is_windows_1252_label(std::string_view label) {
    static const std::set<std::string_view> labels = {
        "windows-1252", "cp1252", "x-cp1252",   "iso-8859-1",  "iso8859-1",      "iso_8859-1",
        "iso88591",     "latin1", "l1",         "ascii",       "us-ascii",       "ansi_x3.4-1968",
        "cp819",        "ibm819", "iso-ir-100", "csisolatin1", "iso_8859-1:1987"};
    return labels.count(label) > 0;
}

bool is_valid_utf8(std::string_view s) {
    std::size_t pos = 0;
    while (pos < s.size()) {
        const std::size_t start = pos;
        if (next_code_point(s, pos) == U'\uFFFD' && s.substr(start, 3) != "\xEF\xBF\xBD") return false;
    }
    return true;
}

bool has_non_ascii(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// Bytes in an encoding ICU knows, as UTF-8 in `out`; false when ICU does not know the encoding.
bool convert_with_icu(std::string_view bytes, const std::string& encoding, std::string& out) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter* probe = ucnv_open(encoding.c_str(), &status);
    if (U_FAILURE(status) || probe == nullptr) return false;
    ucnv_close(probe);
    const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), encoding.c_str());
    out.clear();
    text.toUTF8String(out);
    return true;
}

}  // namespace

std::string declared_charset(std::string_view bytes) {
    const std::string head = ascii_lower(bytes.substr(0, kPrescanBytes));
    if (head.starts_with("<?xml")) {
        const std::size_t end = head.find("?>");
        std::string label = label_after(std::string_view(head).substr(0, end), "encoding");
        if (!label.empty()) return label;
    }
    std::size_t at = head.find("<meta");
    while (at != std::string::npos) {
        const std::size_t end = head.find('>', at);
        const std::string_view tag =
            std::string_view(head).substr(at, end == std::string::npos ? end : end - at);
        std::string label = label_after(tag, "charset");
        if (!label.empty()) return label;
        at = head.find("<meta", at + 5);
    }
    return {};
}

std::string decode_page(std::string_view bytes, Diagnostics& diag) {
    if (bytes.starts_with("\xEF\xBB\xBF")) return decode_text(bytes, diag);
    std::string converted;
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF")) {
        const std::string encoding = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
        convert_with_icu(bytes.substr(2), encoding, converted);
        return decode_text(converted, diag);
    }
    const std::string label = declared_charset(bytes);
    if (label.empty() || is_utf8_label(label)) return decode_text(bytes, diag);
    if (is_windows_1252_label(label)) {
        if (is_valid_utf8(bytes) && has_non_ascii(bytes))
            diag.warn("the page declares the charset " + label + " but is valid UTF-8; read it as UTF-8");
        Diagnostics
            fallback_is_expected;  // reading non-UTF-8 bytes as Windows-1252 is what the page asked for
        return decode_text(bytes, fallback_is_expected);
    }
    if (convert_with_icu(bytes, label, converted)) return decode_text(converted, diag);
    diag.warn("unknown charset '" + label + "'; read the page as UTF-8 or Windows-1252");
    return decode_text(bytes, diag);
}

}  // namespace folio::html
