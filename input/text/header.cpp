// Reading the header block: kicker, title, subtitle, date line and byline, told apart by shape and position.
#include "input/text/header.hpp"

#include <algorithm>
#include <vector>

#include "input/common/byline.hpp"
#include "input/common/dates.hpp"
#include "input/common/line_shape.hpp"
#include "input/common/utf8.hpp"

namespace folio {

namespace {

constexpr std::size_t kMaxHeaderTextLines = 3;
constexpr std::size_t kMaxBylineLength = 160;    // code points
constexpr std::size_t kMaxLinesBelowHeader = 2;  // a date line and a byline
constexpr std::size_t kMaxDeck = 300;            // code points
constexpr std::size_t kMaxTitleWords = 40;       // a longer sentence is a paragraph

// Lines that belong to the body even when they sit in the first block.
bool ends_header(std::string_view line) {
    return is_update_note(line) || is_credit_line(line) || list_marker(line).has_value() ||
           is_author_label(line);
}

// A kicker is a short topic line without final punctuation, shorter than the headline below it.
bool is_kicker_above(std::string_view line, std::string_view below) {
    return is_short_phrase(line, 4) && code_point_count(line) <= 40 && word_count(line) < word_count(below);
}

// A paragraph of running text: the article has no headline line when it starts with one.
bool is_paragraph_line(std::string_view line) {
    return word_count(line) > kMaxTitleWords && ends_like_sentence(line);
}

bool ends_with_period(std::string_view line) {
    const char32_t last = last_code_point(line);
    return last == U'.' || last == U'…';
}

// Takes the line as the header's date line when it is one and the header has none yet.
bool take_date(const std::string& line, Header& header) {
    if (!header.date_text.empty()) return false;
    const auto iso = recognize_date(line);
    if (!iso) return false;
    header.date_text = line;
    header.date = *iso;
    return true;
}

// Whether every name is printed in the text.
bool names_all_in(const std::vector<std::string>& names, std::string_view text) {
    return std::all_of(names.begin(), names.end(),
                       [&](const std::string& name) { return text.find(name) != std::string_view::npos; });
}

// Takes the line as the header's byline when it is one ("By A and B", "Von A | 07.03.2024"), together
// with a date printed at its end. Below the title a line of nothing but names is a byline too
// ("Mara Lind", "Tomas Holm - Apr 16, 2015"), unless it repeats some words of the lines above but
// not the whole names (a label such as "Study Notes" under "The Novel: A Study Text"; a headline may end
// in its author's name).
bool take_byline(const std::string& line, Header& header, std::string_view above) {
    if (!header.byline_names.empty() || code_point_count(line) > kMaxBylineLength) return false;
    std::vector<std::string> names;
    if (starts_like_byline(line)) {
        names = byline_names(line);
    } else if (!above.empty()) {
        names = name_line_names(line);
        if (!names.empty() && shares_content_word(line, above) && !names_all_in(names, above)) names.clear();
    }
    if (names.empty()) return false;
    header.byline_names = std::move(names);
    if (const std::string date = byline_date_text(line); !date.empty()) take_date(date, header);
    return true;
}

// The header lines read so far, as one text.
std::string joined(const std::vector<std::string>& text) {
    std::string out;
    for (const std::string& line : text) out += line + '\n';
    return out;
}

// The line under a deck names the author: a marked byline, or names with the date on the next line.
bool names_the_author(const SourceLines& lines, std::size_t i) {
    return is_marked_byline(lines[i].text) || (i + 1 < lines.size() && stands_alone(lines, i + 1) &&
                                               recognize_date(lines[i + 1].text).has_value());
}

// A line that may serve as the deck: standing alone, not too long, with a line standing alone after it.
bool is_deck(const SourceLines& lines, std::size_t i) {
    return i + 1 < lines.size() && stands_alone(lines, i + 1) &&
           code_point_count(lines[i].text) <= kMaxDeck && !ends_header(lines[i].text) &&
           !starts_like_byline(lines[i].text);
}

void assign_roles(const std::vector<std::string>& text, Header& header) {
    if (text.size() == 1) {
        header.title = text[0];
    } else if (text.size() == 2) {
        if (is_kicker_above(text[0], text[1]) && !ends_with_period(text[1])) {
            header.kicker = text[0];
            header.title = text[1];
        } else {
            header.title = text[0];
            header.subtitle = text[1];
        }
    } else if (text.size() == 3) {
        header.kicker = text[0];
        header.title = text[1];
        header.subtitle = text[2];
    }
}

}  // namespace

Header read_header(const SourceLines& lines) {
    Header header;
    std::vector<std::string> text;
    std::size_t i = 0;
    while (i < lines.size()) {
        const bool same_block = i == 0 || lines[i].group == lines[i - 1].group;
        // A block holding nothing but the date does not end the header.
        if (!same_block && !text.empty()) break;
        const std::string& line = lines[i].text;
        if (ends_header(line) || (text.empty() && is_paragraph_line(line))) break;
        if (is_thematic_break(line)) {
            ++i;
            continue;
        }
        if (take_date(line, header) || take_byline(line, header, joined(text))) {
            ++i;
            continue;
        }
        if (text.size() == kMaxHeaderTextLines) break;
        // Without a kicker the header holds only title and deck; a third line is body text.
        if (text.size() == 2 && !is_kicker_above(text[0], text[1])) break;
        text.push_back(line);
        ++i;
    }
    assign_roles(text, header);
    // A date line or byline standing alone right below the header still belongs to it, and so does
    // a deck in a block of its own when a byline (or a name line and a date) follows it.
    for (std::size_t below = 0; below < kMaxLinesBelowHeader && i < lines.size() && stands_alone(lines, i);
         ++below) {
        const bool title = !header.title.empty();
        const std::string above = joined(text);
        if (take_date(lines[i].text, header) || take_byline(lines[i].text, header, above)) {
            ++i;
        } else if (title && header.subtitle.empty() && header.byline_names.empty() && is_deck(lines, i) &&
                   names_the_author(lines, i + 1) && take_byline(lines[i + 1].text, header, above)) {
            header.subtitle = lines[i].text;
            i += 2;
        } else {
            break;
        }
    }
    header.end = i;
    return header;
}

}  // namespace folio
