// Turning the body lines into blocks: paragraphs, headings, figures, lists, tables, block quotes, notes.
#include "input/text/body.hpp"

#include <string>

#include "input/common/dates.hpp"
#include "input/common/line_shape.hpp"
#include "input/common/utf8.hpp"
#include "input/text/heading_shape.hpp"
#include "input/text/text_tables.hpp"

namespace folio {

namespace {

constexpr std::size_t kMaxHeadingWords = 12;
constexpr std::size_t kMinSentenceWords = 4;
constexpr std::size_t kMinRunLines = 3;  // short lines in a row that make a list
constexpr std::size_t kMaxQuoteLines = 6;
constexpr std::size_t kMaxAttributionWords = 30;
constexpr std::size_t kMaxPlainUpperWords = 5;  // a heading above a subheading, unless in title case

class BodyReader {
public:
    BodyReader(const SourceLines& lines, std::size_t start, const std::vector<FigureSpan>& figures,
               bool after_byline)
        : lines_(lines), i_(start), figure_by_line_(lines.size(), nullptr), after_byline_(after_byline) {
        for (const FigureSpan& figure : figures)
            for (std::size_t i = figure.first; i <= figure.last && i < lines.size(); ++i)
                if (figure_by_line_[i] == nullptr) figure_by_line_[i] = &figure;
    }

    Body run() {
        while (i_ < lines_.size()) step();
        return std::move(body_);
    }

private:
    const SourceLines& lines_;
    std::size_t i_;
    std::vector<const FigureSpan*> figure_by_line_;  // the figure each line belongs to, if any
    Body body_;
    bool seen_paragraph_ = false;
    bool after_byline_;  // the header ends in a byline or date: the article has begun

    const std::string& text(std::size_t i) const { return lines_[i].text; }

    const FigureSpan* figure_at(std::size_t i) const { return figure_by_line_[i]; }

    void step() {
        const std::string& line = text(i_);
        if (const FigureSpan* figure = figure_at(i_)) {
            body_.blocks.emplace_back(figure->figure);
            i_ = figure->last + 1;
        } else if (is_update_note(line)) {
            body_.blocks.emplace_back(Note{plain(line)});
            ++i_;
        } else if (is_author_label(line)) {
            body_.author_label_at = body_.blocks.size();
            ++i_;
        } else if (is_thematic_break(line)) {
            body_.blocks.emplace_back(ThematicBreak{});
            ++i_;
        } else if (!read_table() && !read_list() && !read_short_run() && !read_quote()) {
            if (is_heading(i_)) {
                body_.blocks.emplace_back(Heading{2, plain(line)});
            } else {
                body_.blocks.emplace_back(Paragraph{plain(line), ""});
                seen_paragraph_ = true;
            }
            ++i_;
        }
    }

    std::optional<TextTable> table_at(std::size_t i) const {
        return read_text_table(lines_, i, [this](std::size_t k) { return figure_at(k) == nullptr; });
    }

    // Lines whose columns line up on tabs or runs of spaces.
    bool read_table() {
        std::optional<TextTable> found = table_at(i_);
        if (!found) return false;
        body_.blocks.emplace_back(std::move(found->table));
        i_ = found->end;
        return true;
    }

    // Consecutive lines with list markers of one kind; an ordered list needs two or more items.
    bool read_list() {
        const auto first = list_marker(text(i_));
        if (!first) return false;
        List list;
        list.ordered = first->ordered;
        std::size_t j = i_;
        while (j < lines_.size() && figure_at(j) == nullptr) {
            if (is_thematic_break(text(j))) break;
            const auto marker = list_marker(text(j));
            if (!marker || marker->ordered != list.ordered) break;
            list.items.push_back(plain(std::string(marker->item)));
            ++j;
        }
        if (list.ordered && list.items.size() < 2) return false;
        body_.blocks.emplace_back(std::move(list));
        i_ = j;
        return true;
    }

    // Browser copies lose list bullets: a run of short parallel lines after prose is a list (up to a table).
    bool read_short_run() {
        if (!seen_paragraph_) return false;
        std::size_t j = i_;
        while (j < lines_.size() && is_run_line(j) && lines_[j].group == lines_[i_].group && !table_at(j))
            ++j;
        if (j - i_ < kMinRunLines) return false;
        List list;
        for (std::size_t k = i_; k < j; ++k) list.items.push_back(plain(text(k)));
        body_.blocks.emplace_back(std::move(list));
        i_ = j;
        return true;
    }

    // A short line of the run; standing alone it has no final punctuation (a short paragraph is no item).
    bool is_run_line(std::size_t i) const {
        const std::string& line = text(i);
        if (stands_alone(lines_, i) && ends_like_sentence(line)) return false;
        return figure_at(i) == nullptr && word_count(line) <= kMaxHeadingWords && !is_thematic_break(line) &&
               !is_update_note(line) && !is_author_label(line) && !list_marker(line) &&
               !starts_quotation(line);
    }

    // A quotation (one or more lines of its block, in quotation marks) and its attribution line:
    // in the same block, or in the next one when it starts with a dash.
    bool read_quote() {
        if (!starts_quotation(text(i_))) return false;
        std::size_t end = i_;
        while (!ends_quotation(text(end))) {
            if (end + 1 >= lines_.size() || end + 1 - i_ >= kMaxQuoteLines) return false;
            if (lines_[end + 1].group != lines_[i_].group) return false;
            ++end;
        }
        const std::size_t a = end + 1;
        if (a >= lines_.size() || figure_at(a) != nullptr) return false;
        const auto dashed = after_leading_dash(text(a));
        const bool same_block = lines_[a].group == lines_[end].group;
        if (!dashed && !same_block) return false;
        const std::string_view attribution = dashed ? *dashed : std::string_view(text(a));
        if (word_count(attribution) > kMaxAttributionWords || starts_quotation(attribution)) return false;
        BlockQuote quote;
        for (std::size_t k = i_; k <= end; ++k) {
            if (k > i_) quote.content.push_back(line_break());
            quote.content.push_back(folio::text(text(k)));
        }
        quote.attribution = std::string(attribution);
        body_.blocks.emplace_back(std::move(quote));
        i_ = a + 1;
        return true;
    }

    // A line of running text: longer than a heading, or a sentence of several words.
    bool is_prose(std::size_t i) const {
        if (i >= lines_.size() || figure_at(i) != nullptr) return false;
        const std::size_t words = word_count(text(i));
        return words > kMaxHeadingWords || (words >= kMinSentenceWords && ends_like_sentence(text(i)));
    }

    // One of a run of short lines (a list, a table row, code, a menu): the paragraph before is short too.
    bool follows_short_line() const {
        if (body_.blocks.empty()) return false;
        const auto* paragraph = std::get_if<Paragraph>(&body_.blocks.back());
        if (paragraph == nullptr) return false;
        const std::string before = to_plain_text(paragraph->content);
        return word_count(before) <= kMaxHeadingWords && !ends_like_sentence(before);
    }

    // The line before ends in a colon: this one is what it announces (an example, a quote, a list item,
    // the photo it shows), not a heading.
    bool introduced(std::size_t i) const {
        if (i == 0) return false;
        const char32_t last = last_code_point(text(i - 1));
        return last == U':' || last == U'：';
    }

    // A short line standing alone between body paragraphs (or first below a byline) that reads as a heading
    // (see reads_as_heading) and is placed as one: text follows it (see opens_text), it is no part of a run
    // of short lines, no line announced by a colon, no table cell and not the name below an author label.
    bool is_heading(std::size_t i) const {
        if ((!seen_paragraph_ && !after_byline_) || !stands_alone(lines_, i) || lines_[i].cell) return false;
        if (follows_short_line() || introduced(i) || (i > 0 && is_author_label(text(i - 1)))) return false;
        return !is_image_placeholder(text(i)) && reads_as_heading(text(i), kMaxHeadingWords) &&
               (opens_text(i + 1) || stands_above_subheading(i));
    }

    // Line i is a heading right above a heading of a lower level that opens text ("Part One: The Wars in
    // Heaven" above "The Living Planet"): a few words or title case, not ending in a name in parentheses
    // like a caption with its credit, and not shorter than the subheading.
    bool stands_above_subheading(std::size_t i) const {
        const std::size_t sub = i + 1;
        if (sub >= lines_.size() || !stands_alone(lines_, sub) || lines_[sub].cell) return false;
        const std::string& line = text(i);
        const std::size_t words = word_count(line);
        return (words <= kMaxPlainUpperWords || is_title_case(line)) && !ends_in_parenthesised_name(line) &&
               word_count(text(sub)) <= words && reads_as_heading(text(sub), kMaxHeadingWords) &&
               opens_text(sub + 1);
    }

    // Line i starts what a heading stands above: prose that is not preformatted, or a list block.
    bool opens_text(std::size_t i) const {
        if (i >= lines_.size()) return false;
        return is_prose(i) ? !is_preformatted(i) : starts_list_block(i);
    }

    // Line i begins a block of short lines that read_short_run takes as a list.
    bool starts_list_block(std::size_t i) const {
        if ((i > 0 && lines_[i - 1].group == lines_[i].group) || is_preformatted(i)) return false;
        std::size_t j = i;
        while (j < lines_.size() && lines_[j].group == lines_[i].group && is_run_line(j)) ++j;
        return j - i >= kMinRunLines;
    }

    // Line i and the next line of its block keep their indentation: preformatted text (code, a
    // plain-text document), whose short lines are no headings.
    bool is_preformatted(std::size_t i) const {
        return lines_[i].indented && i + 1 < lines_.size() && lines_[i + 1].group == lines_[i].group &&
               lines_[i + 1].indented;
    }
};

}  // namespace

Body read_body(const SourceLines& lines, std::size_t body_start, const std::vector<FigureSpan>& figures,
               bool after_byline) {
    return BodyReader(lines, body_start, figures, after_byline).run();
}

}  // namespace folio
