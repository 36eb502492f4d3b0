// Line wrapping with ICU's line BreakIterator (one iterator per thread, cloned from a shared prototype).
#include "output/common/line_wrap.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>

#include "formats/diagnostics.hpp"

namespace folio {

namespace {

std::unique_ptr<icu::BreakIterator> make_line_break_prototype() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createLineInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !it) return nullptr;
    return it;
}

// The process-wide prototype is built once and only read (cloned) afterwards.
icu::BreakIterator& thread_line_breaker() {
    static const std::unique_ptr<icu::BreakIterator> prototype = make_line_break_prototype();
    thread_local const std::unique_ptr<icu::BreakIterator> local(prototype ? prototype->clone() : nullptr);
    if (!local) throw Error("ICU line-break data is not available");
    return *local;
}

int code_point_width(UChar32 c) {
    if (c == '\t') return 1;
    const auto category = static_cast<UCharCategory>(u_charType(c));
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK || category == U_FORMAT_CHAR ||
        category == U_CONTROL_CHAR)
        return 0;
    const int east_asian = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    return east_asian == U_EA_WIDE || east_asian == U_EA_FULLWIDTH ? 2 : 1;
}

// White space a line may end at; no-break spaces are glue and stay with their word.
bool is_breaking_space(UChar32 c) { return u_isUWhiteSpace(c) && c != 0x00A0 && c != 0x2007 && c != 0x202F; }

// Characters between which ICU may break although there is no space: CJK ideographs and kana.
bool is_ideographic(UChar32 c) {
    if (c < 0) return false;
    const int lb = u_getIntPropertyValue(c, UCHAR_LINE_BREAK);
    return lb == U_LB_IDEOGRAPHIC || lb == U_LB_CONDITIONAL_JAPANESE_STARTER;
}

// Of ICU's break opportunities only those after white space (or a zero-width space) and those
// next to CJK ideographs are taken, so words are never split: not at hyphens, not inside URLs,
// not between Hangul syllables.
bool breaks_between_words(UChar32 before, UChar32 after) {
    if (before < 0) return false;
    if (is_breaking_space(before) || before == 0x200B) return true;
    return is_ideographic(before) || is_ideographic(after);
}

UChar32 code_point_before(std::string_view s, int32_t offset) {
    if (offset <= 0) return U_SENTINEL;
    UChar32 c = 0;
    U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, offset, c);
    return c;
}

UChar32 code_point_at(std::string_view s, int32_t offset) {
    const auto length = static_cast<int32_t>(s.size());
    if (offset >= length) return U_SENTINEL;
    UChar32 c = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), offset, length, c);
    return c;
}

// Byte length of s without its trailing breaking white space.
std::size_t trimmed_length(std::string_view s) {
    auto end = static_cast<int32_t>(s.size());
    while (end > 0) {
        int32_t before = end;
        UChar32 c = 0;
        U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, before, c);
        if (c < 0 || !is_breaking_space(c)) break;
        end = before;
    }
    return static_cast<std::size_t>(end);
}

// The pieces of one hard line between accepted break opportunities, each a word plus the
// white space after it.
std::vector<std::string_view> break_into_segments(std::string_view line) {
    std::vector<std::string_view> segments;
    if (line.empty()) return segments;
    UErrorCode status = U_ZERO_ERROR;
    UText* utext = utext_openUTF8(nullptr, line.data(), static_cast<int64_t>(line.size()), &status);
    icu::BreakIterator& breaker = thread_line_breaker();
    breaker.setText(utext, status);
    if (U_FAILURE(status)) {
        utext_close(utext);
        throw Error(std::string("ICU line breaking failed: ") + u_errorName(status));
    }
    int32_t start = 0;
    for (int32_t boundary = breaker.next(); boundary != icu::BreakIterator::DONE; boundary = breaker.next()) {
        const auto length = static_cast<int32_t>(line.size());
        if (boundary < length &&
            !breaks_between_words(code_point_before(line, boundary), code_point_at(line, boundary)))
            continue;
        segments.push_back(
            line.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(boundary - start)));
        start = boundary;
    }
    utext_close(utext);
    return segments;
}

std::string rtrim(std::string s) {
    s.resize(trimmed_length(s));
    return s;
}

void wrap_hard_line(std::string_view line, int columns, std::string_view first_prefix,
                    std::string_view rest_prefix, std::vector<std::string>& out) {
    std::string current(first_prefix);
    int width = display_width(first_prefix);
    bool has_words = false;
    std::string_view pending_space;
    for (std::string_view segment : break_into_segments(line)) {
        const std::string_view word = segment.substr(0, trimmed_length(segment));
        const std::string_view space = segment.substr(word.size());
        if (word.empty()) {
            if (has_words) pending_space = space;
            continue;
        }
        const int word_width = display_width(word);
        const int space_width = display_width(pending_space);
        if (has_words && width + space_width + word_width > columns) {
            out.push_back(rtrim(std::move(current)));
            current.assign(rest_prefix);
            width = display_width(rest_prefix);
        } else if (has_words) {
            current += pending_space;
            width += space_width;
        }
        current += word;
        width += word_width;
        has_words = true;
        pending_space = space;
    }
    out.push_back(rtrim(std::move(current)));
}

}  // namespace

int display_width(std::string_view utf8) {
    int width = 0;
    const auto length = static_cast<int32_t>(utf8.size());
    for (int32_t i = 0; i < length;) {
        UChar32 c = 0;
        U8_NEXT(reinterpret_cast<const uint8_t*>(utf8.data()), i, length, c);
        width += c < 0 ? 1 : code_point_width(c);
    }
    return width;
}

std::vector<std::string> wrap_lines(std::string_view text, int columns, WrapPrefixes prefixes) {
    std::vector<std::string> out;
    bool first = true;
    while (true) {
        const std::size_t newline = text.find('\n');
        wrap_hard_line(text.substr(0, newline), columns, first ? prefixes.first : prefixes.rest,
                       prefixes.rest, out);
        first = false;
        if (newline == std::string_view::npos) break;
        text.remove_prefix(newline + 1);
    }
    return out;
}

std::string wrap_text(std::string_view text, int columns, WrapPrefixes prefixes) {
    std::string out;
    for (const std::string& line : wrap_lines(text, columns, prefixes)) {
        out += line;
        out += '\n';
    }
    if (!out.empty()) out.pop_back();
    return out;
}

}  // namespace folio
