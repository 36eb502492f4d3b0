// Small UTF-8 helpers shared by the readers: code point access, Unicode-aware trimming and case folding.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "formats/utf8.hpp"  // next_code_point

namespace folio {

// The last code point of s (U+0000 for an empty string).
char32_t last_code_point(std::string_view s);

// The first code point of s (U+0000 for an empty string).
char32_t first_code_point(std::string_view s);

// Horizontal white space of any kind: space, tab, no-break space, the U+2000 spaces, BOM, zero-width space.
bool is_space(char32_t c);

// Whether the code point at s[pos] is white space (is_space) or a line feed; pos moves past it. ASCII
// is told without decoding.
inline bool is_space_or_line_end_at(std::string_view s, std::size_t& pos) {
    const auto byte = static_cast<unsigned char>(s[pos]);
    if (byte < 0x80) {
        ++pos;
        return byte == ' ' || byte == '\t' || byte == '\n' || byte == '\f' || byte == '\v';
    }
    return is_space(next_code_point(s, pos));
}

// s without leading and trailing white space (is_space).
std::string_view trim_space(std::string_view s);

// The number of code points in s.
std::size_t code_point_count(std::string_view s);

// The first n code points of s.
std::string first_code_points(std::string_view s, std::size_t n);

// s lower-cased by Unicode rules (root locale).
std::string to_lower(std::string_view s);

// s upper-cased by Unicode rules (root locale).
std::string to_upper(std::string_view s);

// The white-space separated words of s.
std::vector<std::string_view> split_words(std::string_view s);

// Unicode letter classes of a code point.
bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);

}  // namespace folio
