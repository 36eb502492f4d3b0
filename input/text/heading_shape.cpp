// Whether a short line reads as a heading by its own shape: how it starts and ends, what it holds.
#include "input/text/heading_shape.hpp"

#include <set>
#include <string>

#include "input/common/dates.hpp"
#include "input/common/line_shape.hpp"
#include "input/common/person_names.hpp"
#include "input/common/utf8.hpp"

namespace folio {

namespace {

constexpr std::size_t kMaxQuestion = 100;  // code points

// The heading text after a section number ("2. ", "2.1 ", "3) "); the whole text when it has none.
std::string_view without_section_number(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() &&
           ((line[i] >= '0' && line[i] <= '9') || (i > 0 && (line[i] == '.' || line[i] == ')'))))
        ++i;
    if (i == 0 || i >= line.size() || line[i] != ' ') return line;
    return line.substr(i + 1);
}

// Characters of code, markup and formulas that headings do not use: "URI_ENCODE( <name> )", "a = b;".
bool has_code_mark(std::string_view line) {
    return line.find_first_of("_<>{}=;\\`") != std::string_view::npos;
}

// The line ends in an article, conjunction or preposition: a sentence broken off, not a heading
// ("Traditionally, your options are limited: either").
bool ends_in_function_word(std::string_view line) {
    static const std::set<std::string, std::less<>> words = {
        "the",  "a",   "an",   "and",    "or",      "but", "of",   "to",  "for", "with",
        "from", "by",  "that", "either", "neither", "nor", "than", "der", "die", "das",
        "den",  "dem", "des",  "und",    "oder",    "mit", "von",  "für", "le",  "la",
        "les",  "et",  "ou",   "du",     "el",      "los", "las",  "y",   "del", "que"};
    const std::size_t space = line.find_last_of(' ');
    if (space == std::string_view::npos) return false;
    return words.count(to_lower(line.substr(space + 1))) > 0;
}

// "22 Dec, 2016 22 Dec, 2016": the same text twice (a date printed for two layouts).
std::string_view without_repetition(std::string_view line) {
    const std::size_t half = line.size() / 2;
    if (line.size() % 2 == 1 && line[half] == ' ' && line.substr(0, half) == line.substr(half + 1))
        return line.substr(0, half);
    return line;
}

bool has_letter(std::string_view line) {
    std::size_t pos = 0;
    while (pos < line.size())
        if (is_letter(next_code_point(line, pos))) return true;
    return false;
}

// "Tuesday 15 October 2019 by Anna Berg", "Drawing by Ann Lee": a line that ends by naming its author.
bool ends_in_author(std::string_view line) {
    const std::size_t by = line.rfind(" by ");
    return by != std::string_view::npos && looks_like_name(line.substr(by + 4));
}

// "Powered by …", "Sponsored by …", "Presented by …": the page's sponsor, not a section.
bool is_sponsor_line(std::string_view line) {
    const std::string start = to_lower(line.substr(0, 16));
    return start.starts_with("powered by ") || start.starts_with("sponsored by ") ||
           start.starts_with("presented by ") || start.starts_with("präsentiert von ");
}

}  // namespace

bool reads_as_heading(std::string_view line, std::size_t max_words) {
    const char32_t first = first_code_point(line);
    if (!has_letter(line)) return false;
    if (is_lower(first) || !(is_letter(first) || (first >= U'0' && first <= U'9')) ||
        starts_quotation(line) || recognize_date(without_repetition(line)) || has_code_mark(line) ||
        ends_in_function_word(line) || is_cross_reference(line) || ends_in_author(line) ||
        is_sponsor_line(line) || is_lower(first_code_point(without_section_number(line))))
        return false;
    if (is_short_phrase(line, max_words)) return true;
    const std::string_view without_mark = without_section_number(line.substr(0, line.size() - 1));
    return last_code_point(line) == U'?' && word_count(line) <= max_words &&
           code_point_count(line) <= kMaxQuestion && !ends_like_sentence(without_mark) &&
           without_mark.find_first_of(".!?") == std::string_view::npos;
}

bool is_title_case(std::string_view line) {
    constexpr std::size_t kMinCapitalisedLetters = 4;
    for (const std::string_view word : split_words(line)) {
        std::size_t pos = 0;
        const char32_t first = next_code_point(word, pos);
        if (is_lower(first) && code_point_count(word) >= kMinCapitalisedLetters) return false;
    }
    return true;
}

bool ends_in_parenthesised_name(std::string_view line) {
    if (!line.ends_with(')')) return false;
    const std::size_t open = line.rfind('(');
    return open != std::string_view::npos && looks_like_name(line.substr(open + 1, line.size() - open - 2));
}

}  // namespace folio
