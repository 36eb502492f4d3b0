// Finding a page's character encoding and decoding it to UTF-8 (ICU for encodings other than UTF-8/1252).
#include "input/html/page_charset.hpp"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <map>
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

// Labels browsers read as Windows-1252 (the WHATWG Encoding Standard maps Latin-1 and ASCII there).
bool is_windows_1252_label(std::string_view label) {
    static const std::set<std::string_view> labels = {
        "windows-1252", "cp1252", "x-cp1252",   "iso-8859-1",  "iso8859-1",      "iso_8859-1",
        "iso88591",     "latin1", "l1",         "ascii",       "us-ascii",       "ansi_x3.4-1968",
        "cp819",        "ibm819", "iso-ir-100", "csisolatin1", "iso_8859-1:1987"};
    return labels.count(label) > 0;
}

bool has_non_ascii(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// The WHATWG Encoding Standard's reading of a declared label: UTF-16 and UTF-32 in a page's own bytes
// mean UTF-8 (the bytes could not be read to find the declaration otherwise), UTF-7 is never honoured,
// Latin-1 and ASCII mean Windows-1252, and legacy labels name the supersets browsers decode.
std::string whatwg_encoding(const std::string& label) {
    static const std::map<std::string_view, std::string_view> supersets = {
        {"gb2312", "gb18030"},
        {"gbk", "gb18030"},
        {"x-gbk", "gb18030"},
        {"chinese", "gb18030"},
        {"csgb2312", "gb18030"},
        {"gb_2312-80", "gb18030"},
        {"euc-kr", "windows-949"},
        {"ks_c_5601-1987", "windows-949"},
        {"korean", "windows-949"},
        {"shift_jis", "windows-31j"},
        {"sjis", "windows-31j"},
        {"x-sjis", "windows-31j"},
        {"ms_kanji", "windows-31j"},
        {"iso-8859-9", "windows-1254"},
        {"latin5", "windows-1254"},
        {"tis-620", "windows-874"},
        {"iso-8859-11", "windows-874"},
        {"big5", "big5-hkscs"},
        {"x-user-defined", "windows-1252"}};
    if (label.starts_with("utf-16") || label.starts_with("utf-32") || label.starts_with("ucs-") ||
        label.starts_with("unicode") || label == "utf8" || label == "utf-8" || label == "x-unicode20utf8")
        return label.find('7') != std::string::npos ? "" : "utf-8";
    if (label == "utf-7" || label == "utf7" || label == "csunicode11utf7") return "";
    if (is_windows_1252_label(label)) return "windows-1252";
    if (const auto it = supersets.find(label); it != supersets.end()) return std::string(it->second);
    return label;
}

// Stateful 7-bit encodings whose bytes are ASCII (and so valid UTF-8) yet mean other characters.
bool is_seven_bit_encoding(std::string_view encoding) {
    return encoding.starts_with("iso-2022") || encoding.starts_with("csiso2022") || encoding == "hz-gb-2312";
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
    if (has_byte_order_mark(bytes)) return decode_text(bytes, diag);
    const std::string label = declared_charset(bytes);
    const std::string encoding = label.empty() ? "" : whatwg_encoding(label);
    const bool seven_bit = is_seven_bit_encoding(encoding) && bytes.find('\x1B') != std::string_view::npos;
    if (encoding.empty() || encoding == "utf-8" || (is_utf8(bytes) && !seven_bit)) {
        if (!label.empty() && encoding != "utf-8" && has_non_ascii(bytes) && is_utf8(bytes))
            diag.warn("the page declares the charset " + label + " but is valid UTF-8; read it as UTF-8");
        return decode_text(bytes, diag);
    }
    if (encoding == "windows-1252") {
        Diagnostics
            reading_1252_is_expected;  // reading non-UTF-8 bytes as Windows-1252 is what the page asked for
        std::string text = decode_text(bytes, reading_1252_is_expected);
        for (std::string& warning : reading_1252_is_expected.warnings)
            if (warning.find("Windows-1252") == std::string::npos) diag.warn(std::move(warning));
        return text;
    }
    std::string converted;
    if (convert_with_icu(bytes, encoding, converted)) return decode_text(converted, diag);
    diag.warn("unknown charset '" + label + "'; read the page as UTF-8 or Windows-1252");
    return decode_text(bytes, diag);
}

}  // namespace folio::html
