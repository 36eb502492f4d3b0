// Small UTF-8 helpers shared by the readers, built on ICU's character properties.
#include "input/common/utf8.hpp"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace folio {

char32_t first_code_point(std::string_view s) {
    std::size_t pos = 0;
    return s.empty() ? U'\0' : next_code_point(s, pos);
}

char32_t last_code_point(std::string_view s) {
    if (s.empty()) return U'\0';
    std::size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    return next_code_point(s, start);
}

bool is_space(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\f' || c == U'\v' || c == U'\u00A0' || c == U'\u1680' ||
           (c >= U'\u2000' && c <= U'\u200B') || c == U'\u202F' || c == U'\u205F' || c == U'\u3000' ||
           c == U'\uFEFF';
}

std::string_view trim_space(std::string_view s) {
    std::size_t begin = 0;
    while (begin < s.size()) {
        std::size_t next = begin;
        if (!is_space(next_code_point(s, next))) break;
        begin = next;
    }
    std::size_t end = s.size();
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
        std::size_t probe = start;
        if (!is_space(next_code_point(s.substr(0, end), probe))) break;
        end = start;
    }
    return s.substr(begin, end - begin);
}

std::size_t code_point_count(std::string_view s) {
    std::size_t count = 0;
    for (const char c : s) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return count;
}

std::string first_code_points(std::string_view s, std::size_t n) {
    std::size_t pos = 0;
    for (std::size_t i = 0; i < n && pos < s.size(); ++i) next_code_point(s, pos);
    return std::string(s.substr(0, pos));
}

std::string to_lower(std::string_view s) {
    std::string out;
    icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
        .toLower(icu::Locale::getRoot())
        .toUTF8String(out);
    return out;
}

std::string to_upper(std::string_view s) {
    std::string out;
    icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())))
        .toUpper(icu::Locale::getRoot())
        .toUTF8String(out);
    return out;
}

std::vector<std::string_view> split_words(std::string_view s) {
    std::vector<std::string_view> words;
    std::size_t pos = 0;
    std::size_t word_start = std::string_view::npos;
    while (pos < s.size()) {
        const std::size_t here = pos;
        const bool space = is_space_or_line_end_at(s, pos);
        if (space && word_start != std::string_view::npos) {
            words.push_back(s.substr(word_start, here - word_start));
            word_start = std::string_view::npos;
        } else if (!space && word_start == std::string_view::npos) {
            word_start = here;
        }
    }
    if (word_start != std::string_view::npos) words.push_back(s.substr(word_start));
    return words;
}

bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)) != 0; }
bool is_upper(char32_t c) {
    return u_isupper(static_cast<UChar32>(c)) != 0 || u_istitle(static_cast<UChar32>(c)) != 0;
}
bool is_lower(char32_t c) { return u_islower(static_cast<UChar32>(c)) != 0; }

}  // namespace folio
