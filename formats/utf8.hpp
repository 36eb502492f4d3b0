// UTF-8 decoding and encoding shared by the readers and writers: one strict idea of well-formed UTF-8.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio {

// The well-formed UTF-8 sequence at text[at]: its code point and length in bytes. The length is 0
// when the bytes there are malformed: a stray continuation byte, an overlong form, a surrogate, a code
// point above U+10FFFF, or a sequence cut short.
struct Utf8Sequence {
    char32_t code_point = 0;
    std::size_t length = 0;
};
Utf8Sequence utf8_sequence_at(std::string_view text, std::size_t at);

// The offset of the first malformed byte; std::string_view::npos when the text is well-formed.
std::size_t first_invalid_utf8(std::string_view text);

// The code point at text[pos], moving pos past it; a malformed byte reads as U+FFFD and moves pos by one.
char32_t next_code_point(std::string_view text, std::size_t& pos);

// Every code point of the text, malformed bytes as U+FFFD.
std::u32string decode_utf8(std::string_view text);

// Appends the UTF-8 encoding of one code point.
void append_utf8(std::string& out, char32_t cp);

std::string encode_utf8(std::u32string_view text);

}  // namespace folio
