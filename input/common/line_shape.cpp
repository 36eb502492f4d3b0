// Telling lines apart by their shape: words, final punctuation, list markers, quotations, credits, notes,
// labels.
#include "input/common/line_shape.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <vector>

#include "formats/credit.hpp"
#include "input/common/utf8.hpp"

namespace folio {

namespace {

const std::set<char32_t> kOpeningQuotes = {U'“', U'„', U'«', U'"', U'‚', U'‹', U'‘', U'»', U'›', U'\''};
const std::set<char32_t> kClosingQuotes = {U'”', U'“', U'»', U'"', U'‘', U'’', U'›', U'«', U'‹', U'\''};
const std::set<char32_t> kDashes = {U'-', U'–', U'—', U'‒', U'―'};

std::string_view drop_last_code_point(std::string_view s) {
    std::size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    return s.substr(0, start);
}

// "mise à jour :" -> "mise à jour"; nullopt when the line has no colon near its start.
std::optional<std::string> lower_label_before_colon(std::string_view line, std::size_t max_bytes) {
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || colon > max_bytes) return std::nullopt;
    return to_lower(trim_space(line.substr(0, colon)));
}

// The word as compared: lower case, without the punctuation around it.
std::string bare_word(std::string_view word) {
    std::string out;
    std::size_t pos = 0;
    while (pos < word.size()) {
        const std::size_t begin = pos;
        if (is_letter(next_code_point(word, pos))) out += word.substr(begin, pos - begin);
    }
    return to_lower(out);
}

}  // namespace

// The ASCII bytes is_space_or_line_end_at counts as white space.
constexpr std::array<bool, 128> kAsciiSpace = [] {
    std::array<bool, 128> table{};
    for (const char c : {' ', '\t', '\n', '\f', '\v'}) table[static_cast<unsigned char>(c)] = true;
    return table;
}();

std::size_t word_count(std::string_view line) {
    // As split_words counts them, without building the list: lines can be megabytes long.
    std::size_t words = 0;
    bool in_word = false;
    std::size_t pos = 0;
    while (pos < line.size()) {
        // Runs of ASCII, the common case, without decoding: a word starts after each space byte.
        const char* const data = line.data();
        while (pos < line.size() && static_cast<unsigned char>(data[pos]) < 0x80) {
            const bool space = kAsciiSpace[static_cast<unsigned char>(data[pos++])];
            words += !space && !in_word;
            in_word = !space;
        }
        if (pos == line.size()) break;
        const bool space = is_space_or_line_end_at(line, pos);
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

bool ends_like_sentence(std::string_view line) {
    static const std::set<char32_t> closers = {U'”', U'“',  U'»', U'"', U'’',  U'‘',  U'›',
                                               U'«', U'\'', U')', U']', U'」', U'』', U'）'};
    static const std::set<char32_t> final_marks = {U'.',  U'!',  U'?',  U'…',  U':', U';',
                                                   U'。', U'！', U'？', U'：', U'；'};
    line = trim_space(line);
    while (!line.empty() && closers.count(last_code_point(line)) > 0) line = drop_last_code_point(line);
    return !line.empty() && final_marks.count(last_code_point(line)) > 0;
}

bool is_short_phrase(std::string_view line, std::size_t max_words) {
    const std::size_t words = word_count(line);
    return words >= 1 && words <= max_words && code_point_count(line) <= 12 * max_words &&
           !ends_like_sentence(line);
}

bool is_credit_line(std::string_view line) {
    const std::size_t marker_end = credit_marker_end(line);
    return marker_end > 0 && !trim_space(line.substr(marker_end)).empty();
}

bool is_update_note(std::string_view line) {
    static const std::set<std::string_view> markers = {"update",
                                                       "updated",
                                                       "aktualisierung",
                                                       "aktualisiert",
                                                       "korrektur",
                                                       "nachtrag",
                                                       "richtigstellung",
                                                       "hinweis der redaktion",
                                                       "anmerkung der redaktion",
                                                       "anm. d. red.",
                                                       "editor's note",
                                                       "editor’s note",
                                                       "editors' note",
                                                       "editors’ note",
                                                       "note",
                                                       "correction",
                                                       "clarification",
                                                       "mise à jour",
                                                       "note de la rédaction",
                                                       "précision",
                                                       "rectificatif",
                                                       "erratum"};
    const auto label = lower_label_before_colon(line, 30);
    return label && markers.count(*label) > 0 && word_count(line) > 2;
}

bool is_cross_reference(std::string_view line) {
    static const std::set<std::string_view> labels = {
        "related",        "read more",        "read also",      "see also",    "also read",   "more",
        "lesen sie auch", "auch interessant", "mehr zum thema", "siehe auch",  "lire aussi",  "à lire aussi",
        "voir aussi",     "lee también",      "leer más",       "ver también", "leggi anche", "vedi anche"};
    const auto label = lower_label_before_colon(line, 30);
    if (label && labels.count(*label) > 0) return true;
    // A link after the paragraph it continues: "Learn more about the editor", "Read more about …".
    const std::string start = to_lower(line.substr(0, 24));
    for (const std::string_view link :
         {"learn more about ", "read more about ", "read the full ", "find out more about ", "more about ",
          "mehr über ", "en savoir plus sur "})
        if (start.starts_with(link)) return true;
    return false;
}

bool is_author_label(std::string_view line) {
    constexpr std::size_t kLongestLabel = 80;  // bytes; "Über die Autorinnen und Autoren" has 32
    if (line.size() > kLongestLabel) return false;
    std::string lower = to_lower(trim_space(line));
    while (!lower.empty() && (lower.back() == ':' || lower.back() == '.')) lower.pop_back();
    static const std::set<std::string_view> lead_words = {
        "über", "ueber", "zu",  "zum", "zur", "about", "à",  "a",  "propos", "de", "des",
        "du",   "die",   "den", "der", "the", "les",   "la", "le", "l'",     "l’"};
    static const std::set<std::string_view> person_words = {
        "autor",   "autoren", "autorin",  "autorinnen", "author",   "authors",     "auteur",
        "auteurs", "autrice", "autrices", "auteure",    "auteures", "contributor", "contributors",
        "und",     "and",     "et",       "&",          "/"};
    bool has_person = false;
    bool in_lead = true;
    for (std::string_view word : split_words(lower)) {
        for (const std::string_view elision : {"l'", "l’"}) {
            if (word.size() > elision.size() && word.starts_with(elision)) word.remove_prefix(elision.size());
        }
        if (in_lead && lead_words.count(word) > 0) continue;
        in_lead = false;
        if (person_words.count(word) == 0) return false;
        has_person =
            has_person || (word != "und" && word != "and" && word != "et" && word != "&" && word != "/");
    }
    return has_person;
}

bool shares_content_word(std::string_view a, std::string_view b) {
    constexpr std::size_t kMinContentLetters = 4;
    std::set<std::string> words_a;
    for (const std::string_view word : split_words(a))
        if (std::string bare = bare_word(word); code_point_count(bare) >= kMinContentLetters)
            words_a.insert(std::move(bare));
    const auto words_b = split_words(b);
    return std::any_of(words_b.begin(), words_b.end(),
                       [&](std::string_view word) { return words_a.count(bare_word(word)) > 0; });
}

std::optional<ListMarker> list_marker(std::string_view line) {
    static const std::vector<std::string_view> bullets = {"•", "-", "–", "*", "·", "▪", "◦", "‣"};
    for (const auto bullet : bullets) {
        if (line.starts_with(bullet) && line.size() > bullet.size()) {
            const std::string_view rest = line.substr(bullet.size());
            std::size_t pos = 0;
            if (!is_space(next_code_point(rest, pos))) continue;
            const std::string_view item = trim_space(rest);
            if (!item.empty()) return ListMarker{false, item};
        }
    }
    std::size_t digits = 0;
    while (digits < line.size() && digits < 3 && line[digits] >= '0' && line[digits] <= '9') ++digits;
    if (digits == 0 || digits + 1 >= line.size()) return std::nullopt;
    if (line[digits] != '.' && line[digits] != ')') return std::nullopt;
    const std::string_view rest = line.substr(digits + 1);
    std::size_t pos = 0;
    if (!is_space(next_code_point(rest, pos))) return std::nullopt;
    const std::string_view item = trim_space(rest);
    if (item.empty()) return std::nullopt;
    return ListMarker{true, item};
}

bool is_thematic_break(std::string_view line) {
    std::size_t marks = 0;
    std::size_t pos = 0;
    while (pos < line.size()) {
        const char32_t c = next_code_point(line, pos);
        if (c == U'*' || c == U'-' || c == U'_' || c == U'·' || c == U'⁂' || c == U'•') {
            ++marks;
        } else if (!is_space(c)) {
            return false;
        }
    }
    return marks >= 3;
}

bool starts_quotation(std::string_view line) { return kOpeningQuotes.count(first_code_point(line)) > 0; }

bool ends_quotation(std::string_view line) {
    line = trim_space(line);
    return code_point_count(line) > 1 && kClosingQuotes.count(last_code_point(line)) > 0;
}

std::optional<std::string_view> after_leading_dash(std::string_view line) {
    std::size_t pos = 0;
    if (kDashes.count(next_code_point(line, pos)) == 0) return std::nullopt;
    const std::string_view rest = trim_space(line.substr(pos));
    if (rest.empty()) return std::nullopt;
    return rest;
}

}  // namespace folio
