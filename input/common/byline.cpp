// Byline lines ("Von Anna Berg und Jonas Ott", "By A and B | March 4, 2024", "OLA BERGMAN"): telling
// them and reading them.
#include "input/common/byline.hpp"

#include "input/common/bio_words.hpp"
#include "input/common/date_words.hpp"
#include "input/common/dates.hpp"
#include "input/common/person_names.hpp"
#include "input/common/utf8.hpp"

namespace folio {

namespace {

constexpr std::string_view kMarkers[] = {
    "von ",        "by ",       "par ",        "text: ",        "text von ",      "autor: ",
    "autorin: ",   "author: ",  "auteur : ",   "auteur: ",      "un article de ", "posted by ",
    "written by ", "words by ", "story by ",   "reporting by ", "door ",          "av ",
    "por ",        "di ",       "bericht von "};
// What ends the names: a place, a date or a role may follow.
constexpr std::string_view kSeparators[] = {"|", "·", "•", " - ", " – ", " — ", " on "};
// What may stand before a date at the end of a byline.
constexpr std::string_view kDateSeparators[] = {"|", "·", "•", ",", " - ", " – ", " — "};
constexpr std::size_t kMaxBylineBytes = 600;  // longer lines are paragraphs, never read as bylines
constexpr std::size_t kMaxNameLine = 100;     // code points of a byline that is nothing but names
constexpr std::size_t kMaxAbbreviation = 3;   // code points of "J.", "Dr.", "Jr."
constexpr std::size_t kMaxDateWords = 6;      // words of a date that may open a byline

// The length of the byline marker the text starts with, 0 when none.
std::size_t marker_size(std::string_view text) {
    const std::string lower = to_lower(text.substr(0, 24));
    for (const std::string_view marker : kMarkers) {
        if (!lower.starts_with(marker)) continue;
        // A name follows: "Por Ana Gómez", not "Por qué …". After a marker of two words or with a colon
        // a user name in lower case may follow ("Posted by kovarex").
        std::size_t pos = marker.size();
        const bool unambiguous = marker.find_first_of(" :") < marker.size() - 1;
        return pos < text.size() && (unambiguous || !is_lower(next_code_point(text, pos))) ? marker.size()
                                                                                           : 0;
    }
    return 0;
}

// Where the byline marker stands in the text: at its start, or after a date that opens it ("Tuesday
// 15 October 2019 by Anna Berg"); npos when there is no marker there.
std::size_t marker_start(std::string_view text) {
    if (marker_size(text) > 0) return 0;
    std::size_t words = 0;
    for (std::size_t space = text.find(' '); space != std::string_view::npos && ++words <= kMaxDateWords;
         space = text.find(' ', space + 1)) {
        const std::string_view rest = trim_space(text.substr(space));
        if (marker_size(rest) > 0 && recognize_date(text.substr(0, space)))
            return static_cast<std::size_t>(rest.data() - text.data());
    }
    return std::string_view::npos;
}

// Whether the text names a job ("Staff Writer") or a date rather than a person.
bool is_role_or_date(std::string_view text) {
    return has_role_word(text) || recognize_date(text).has_value();
}

// A name printed in capitals ("OLA BERGMAN", "MARY-ANN O'NEILL"): 2-4 words of capital letters.
bool looks_like_capitals_name(std::string_view text) {
    if (text.size() > kMaxBylineBytes) return false;
    const auto words = split_words(text);
    if (words.size() < kMinNameTokens || words.size() > kMaxNameTokens) return false;
    for (const std::string_view word : words) {
        if (is_determiner(to_lower(word))) return false;
        std::size_t pos = 0;
        std::size_t letters = 0;
        while (pos < word.size()) {
            const char32_t c = next_code_point(word, pos);
            if (is_letter(c) && !is_lower(c)) {
                ++letters;
            } else if (c != U'-' && c != U'\'' && c != U'’' && c != U'.') {
                return false;
            }
        }
        if (letters == 0) return false;
    }
    return true;
}

// A word of a name standing without a marker: a period only ends an initial or a title ("J.", "Dr.").
bool is_plain_name_word(std::string_view word) {
    return word.find('.') == std::string_view::npos || code_point_count(word) <= kMaxAbbreviation;
}

bool looks_like_name_any_case(std::string_view text) {
    return looks_like_name(text) || looks_like_capitals_name(text);
}

// The co-authors an aside names after a word for "with" ("(avec A et B)" -> "A et B"); empty when it
// names none.
std::string aside_coauthors(std::string_view aside) {
    static constexpr std::string_view kWith[] = {"with ", "avec ", "mit ", "con ", "com ", "met ", "med "};
    aside = trim_space(aside);
    const std::string lower = to_lower(aside.substr(0, 8));
    for (const std::string_view with : kWith)
        if (lower.starts_with(with)) return std::string(trim_space(aside.substr(with.size())));
    return {};
}

// The text without parenthesised asides ("Ana (Maria) Souza", "Name (http://…)"); an aside
// naming co-authors ("A (with B and C)") adds them to the list.
std::string without_asides(std::string_view text) {
    std::string out;
    std::string aside;
    int depth = 0;
    for (const char c : text) {
        if (c == '(') {
            if (depth++ > 0) aside += c;
        } else if (c == ')' && depth > 0) {
            if (--depth > 0) {
                aside += c;
            } else if (std::string coauthors = aside_coauthors(aside); !coauthors.empty()) {
                out += ", " + coauthors;
            }
            if (depth == 0) aside.clear();
        } else if (depth == 0) {
            out += c;
        } else {
            aside += c;
        }
    }
    return out;
}

// "Rob Ewaschuk Edited by Betsy Beyer" -> "Rob Ewaschuk, Betsy Beyer": a second credit in the same line.
std::string with_credits_split(std::string text) {
    for (std::size_t by = text.find(" by ", 1); by != std::string::npos; by = text.find(" by ", by + 1)) {
        const std::size_t word = text.rfind(' ', by - 1);
        const std::size_t start = word == std::string::npos ? 0 : word;
        text.replace(start, by + 4 - start, ", ");
        by = start;
    }
    return text;
}

// Whether a date starts at the text: a date line, or a month name and a number ("February 1, 2016: …").
bool starts_with_date(std::string_view text) {
    if (recognize_date(text)) return true;
    const auto words = split_words(text);
    if (words.size() < 2 || words[1].empty() || words[1][0] < '0' || words[1][0] > '9') return false;
    std::string month = to_lower(words[0]);
    if (month.ends_with('.')) month.pop_back();
    return month_number(month) > 0;
}

// The text before a date that ends it without a separator ("JANE DOE JAN. 13, 2017" -> "JANE DOE").
std::string before_trailing_date(std::string text) {
    for (std::size_t space = text.find(' '); space != std::string::npos; space = text.find(' ', space + 1))
        if (starts_with_date(std::string_view(text).substr(space + 1))) return text.substr(0, space);
    return text;
}

// The text without social-media handles ("Anna Berg @annaberg" -> "Anna Berg").
std::string without_handles(std::string_view text) {
    std::string out;
    for (const std::string_view word : split_words(text)) {
        if (word.starts_with('@')) continue;
        if (!out.empty()) out += ' ';
        out += word;
    }
    return out;
}

// The names part of a byline: the marker, asides and handles removed, cut at the first separator.
std::string names_part(std::string_view line) {
    std::string_view text = trim_space(line);
    if (text.size() > kMaxBylineBytes) return {};  // a paragraph, not a byline
    if (const std::size_t start = marker_start(text); start != std::string_view::npos) {
        text.remove_prefix(start);
        text.remove_prefix(marker_size(text));
    }
    std::string names = with_credits_split(without_handles(without_asides(text)));
    for (const std::string_view separator : kSeparators) names = names.substr(0, names.find(separator));
    return before_trailing_date(names);
}

}  // namespace

bool starts_like_byline(std::string_view text) {
    return marker_start(trim_space(text)) != std::string_view::npos;
}

std::vector<std::string> byline_names(std::string_view line) {
    std::vector<std::string> people;
    for (std::string& name : split_names(names_part(line))) {
        if (looks_like_name_any_case(name) && !is_role_or_date(name)) {
            people.push_back(std::move(name));
        } else if (!people.empty()) {
            break;  // a role, place or organisation follows the names: "A, Senior Writer, Press Project"
        }
    }
    return people;
}

std::vector<std::string> name_line_names(std::string_view line) {
    line = trim_space(line);
    if (code_point_count(line) > kMaxNameLine || starts_like_byline(line)) return {};
    std::vector<std::string> people;
    for (std::string& name : split_names(names_part(line))) {
        const bool is_name = looks_like_name_any_case(name) && !is_role_or_date(name);
        if (!is_name) break;  // a role, a place, a site or a date may follow the names
        for (const std::string_view word : split_words(name))
            if (is_determiner(to_lower(word)) || !is_plain_name_word(word)) return {};
        people.push_back(std::move(name));
    }
    return people;
}

std::string byline_date_text(std::string_view line) {
    line = trim_space(line);
    if (const std::size_t start = marker_start(line); start != std::string_view::npos && start > 0)
        return std::string(trim_space(line.substr(0, start)));
    for (const std::string_view separator : kDateSeparators) {
        // From the last occurrence leftwards: "By A, March 4, 2024" has its date after the first comma.
        for (std::size_t at = line.rfind(separator); at != std::string_view::npos && at > 0;
             at = line.rfind(separator, at - 1)) {
            const std::string_view tail = trim_space(line.substr(at + separator.size()));
            if (recognize_date(tail)) return std::string(tail);
        }
    }
    return {};
}

bool is_marked_byline(std::string_view line) {
    return starts_like_byline(line) || !byline_date_text(line).empty();
}

}  // namespace folio
