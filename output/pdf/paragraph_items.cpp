// A paragraph as boxes, glue and penalties, made a window at a time and set into lines as they become final.
#include "output/pdf/paragraph_items.hpp"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include "formats/utf8.hpp"
#include "output/pdf/hyphenation.hpp"

namespace folio::pdf {

namespace {

constexpr double kFill = 1e6;  // the stretch of the glue that ends a paragraph
// Word spaces may grow by half their width per unit of stretch ratio and shrink by 37 % at most.
constexpr double kSpaceStretch = 0.5;
constexpr double kSpaceShrink = 0.37;
// TeX's \hyphenpenalty and \exhyphenpenalty, set high: a hyphen costs more than a line spaced almost
// as loosely as the tolerance allows, so fewer than one line in seven ends in one.
constexpr int kHyphenPenalty = 3000;
constexpr int kExplicitHyphenPenalty = kHyphenPenalty;
constexpr int kOtherBreakPenalty = 100;
constexpr int kEmergencyBreakPenalty = kPenaltyInfinity - 1;  // inside a word wider than the column
constexpr std::size_t kShownWordStart = 24;                   // code points of such a word in the warning

bool is_hyphen_like(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2013' || c == U'\u2014'; }

// The UTF-16 code units ICU makes of a code point (fromUTF32 turns invalid ones into one U+FFFD).
std::int32_t utf16_length(char32_t c) { return c > 0xFFFF && c <= 0x10FFFF ? 2 : 1; }

// after[i]: a line may break after code point i (at spaces, hyphens, dashes and slashes only).
std::vector<bool> break_opportunities(icu::BreakIterator* line_breaks, const std::u32string& text) {
    std::vector<bool> after(text.size(), false);
    if (line_breaks == nullptr) {
        for (std::size_t i = 0; i < text.size(); ++i) after[i] = text[i] == U' ';
        return after;
    }
    const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF32(
        reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(text.size()));
    line_breaks->setText(utf16);
    std::int32_t unit = 0;  // a UTF-16 offset ...
    std::size_t next = 0;   // ... and the code point that starts there
    for (std::int32_t boundary = line_breaks->first(); boundary != icu::BreakIterator::DONE;
         boundary = line_breaks->next()) {
        if (boundary <= 0 || boundary >= utf16.length()) continue;
        while (unit < boundary) unit += utf16_length(text[next++]);
        if (unit != boundary || next == 0) continue;
        const char32_t c = text[next - 1];
        // Spaces, hyphens, dashes and slashes only: ICU would also break between Hangul syllables.
        if (c == U' ' || is_hyphen_like(c) || c == U'/') after[next - 1] = true;
    }
    line_breaks->setText(icu::UnicodeString());  // the iterator keeps a copy of the text otherwise
    return after;
}

// Clears the break points inside the last word before each forced break and at the end: a paragraph or a
// line before a forced break never ends on the fragment of a word.
void keep_last_words_whole(const std::u32string& text, std::vector<bool>& breaks,
                           std::vector<bool>& hyphens) {
    bool last_word = true;
    bool seen_word = false;
    for (std::size_t i = text.size(); i-- > 0;) {
        const char32_t c = text[i];
        if (c == kForcedBreak) {
            last_word = true;
            seen_word = false;
        } else if (c == U' ') {
            last_word = last_word && !seen_word;
        } else {
            seen_word = true;
            if (last_word) breaks[i] = hyphens[i] = false;
        }
    }
}

}  // namespace

Typesetter::Paragraph::Paragraph(Typesetter& typesetter, const StyledText& text, const TextStyle& style,
                                 double width, const std::function<void(TextLine&&)>& line)
    : ts_(typesetter),
      text_(text),
      style_(style),
      width_(width),
      justify_(style.align == Align::Justify && !typesetter.ragged_right_),
      line_(line),
      breaks_(break_opportunities(typesetter.line_breaks_.get(), text.text)) {
    if (style.hyphenate && ts_.dictionary_ != nullptr)
        hyphens_ = hyphenation_points(*ts_.dictionary_, text.text);
    else
        hyphens_.assign(text.text.size(), false);
    for (std::size_t i = 0; i < text.text.size(); ++i)
        if (text.markups[text.markup[i]].code) hyphens_[i] = false;
    keep_last_words_whole(text.text, breaks_, hyphens_);
    box_.geometry.type = ItemType::Box;
}

const BreakItem* Typesetter::Paragraph::item(std::size_t i) {
    while (base_ + items_.size() <= i && !ended_) step();
    return i < base_ + items_.size() ? &items_[i - base_].geometry : nullptr;
}

void Typesetter::Paragraph::lines(std::span<const LineBreak> breaks) {
    for (const LineBreak& brk : breaks) {
        line_(ts_.make_line(*this, line_start_, brk.item, brk.ratio));
        line_start_ = brk.item + 1;
    }
    if (breaks.empty()) return;
    while (base_ < breaks.back().item) {
        items_.pop_front();
        ++base_;
    }
}

void Typesetter::Paragraph::step() {
    const std::u32string& text = text_.text;
    if (next_ == text.size()) {
        add_forced_break();
        ended_ = true;
        return;
    }
    const std::size_t i = next_++;
    const char32_t c = text[i];
    const std::uint16_t markup = text_.markup[i];
    if (c == kForcedBreak) {
        add_forced_break();
        return;
    }
    if (c == U' ') {
        add_space(markup);
        return;
    }
    add_char(c, markup);
    const bool last = i + 1 == text.size();
    if (last || text[i + 1] == U' ' || text[i + 1] == kForcedBreak) return;
    if (breaks_[i]) {
        const double joint = finish_box(next_);
        Item penalty;
        const int value = is_hyphen_like(c) ? kExplicitHyphenPenalty : kOtherBreakPenalty;
        penalty.geometry = BreakItem{ItemType::Penalty, -joint, 0, 0, value, is_hyphen_like(c)};
        items_.push_back(std::move(penalty));
    } else if (hyphens_[i]) {
        add_hyphen_break(markup);
    }
}

double Typesetter::Paragraph::finish_box(std::size_t next) {
    if (box_.pieces.empty()) return 0;
    for (Piece& piece : box_.pieces) {
        const double kerning = ts_.fonts_.kerning(piece.font).kern(piece.text, ts_.lang_, 0, piece.kerns);
        piece.width += kerning * style_.size;
        box_.geometry.width += kerning * style_.size;
    }
    double joint = 0;
    if (next < text_.text.size()) {
        Piece& last = box_.pieces.back();
        char32_t cp = text_.text[next];
        const std::uint16_t markup = text_.markup[next];
        if (markup == last.markup &&
            ts_.font_for(ts_.style_for(style_, text_.markups[markup]), cp) == last.font) {
            std::vector<Kern> kerns;
            last.joint = static_cast<float>(ts_.fonts_.kerning(last.font).kern(
                std::u32string{last.text.back(), cp}, ts_.lang_, 0, kerns));
            joint = last.joint * style_.size;
            box_.geometry.width += joint;
        }
    }
    items_.push_back(std::move(box_));
    box_ = Item{};
    box_.geometry.type = ItemType::Box;
    return joint;
}

void Typesetter::Paragraph::add_char(char32_t cp, std::uint16_t markup) {
    const FontStyle font_style = ts_.style_for(style_, text_.markups[markup]);
    const int font = ts_.font_for(font_style, cp);
    const double width = ts_.fonts_.metrics(font).advance(cp) * style_.size;
    if (!box_.pieces.empty() && box_.geometry.width + width > width_) add_emergency_break(next_ - 1);
    if (box_.pieces.empty() || box_.pieces.back().font != font || box_.pieces.back().markup != markup)
        box_.pieces.push_back(Piece{font, markup, {}, 0, {}, 0});
    box_.pieces.back().text.push_back(cp);
    box_.pieces.back().width += width;
    box_.geometry.width += width;
}

void Typesetter::Paragraph::add_space(std::uint16_t markup) {
    finish_box();
    Item glue;
    glue.markup = markup;
    char32_t space = U' ';
    glue.font = ts_.font_for(ts_.style_for(style_, text_.markups[markup]), space);
    const double width = ts_.fonts_.metrics(glue.font).advance(U' ') * style_.size;
    glue.geometry = BreakItem{
        ItemType::Glue, width, justify_ ? width * kSpaceStretch : 0, justify_ ? width * kSpaceShrink : 0, 0,
        false};
    items_.push_back(std::move(glue));
}

void Typesetter::Paragraph::add_hyphen_break(std::uint16_t markup) {
    const double joint = finish_box(next_);
    Item penalty;
    const FontStyle font_style = ts_.style_for(style_, text_.markups[markup]);
    // U+00AD marks the hyphen as inserted by the line break, so text extraction can rejoin the word.
    char32_t hyphen = U'\u00AD';
    int font = ts_.fonts_.font_for(font_style, hyphen);
    if (font < 0 || ts_.fonts_.metrics(font).advance(hyphen) <= 0) {
        hyphen = U'-';
        font = ts_.font_for(font_style, hyphen);
    }
    const double width = ts_.fonts_.metrics(font).advance(hyphen) * style_.size;
    penalty.pieces.push_back(Piece{font, markup, std::u32string(1, hyphen), width, {}, 0});
    penalty.geometry = BreakItem{ItemType::Penalty, width - joint, 0, 0, kHyphenPenalty, true};
    items_.push_back(std::move(penalty));
}

void Typesetter::Paragraph::add_emergency_break(std::size_t next) {
    if (!ts_.reported_wide_word_) {
        ts_.reported_wide_word_ = true;
        std::u32string start = box_.pieces.front().text.substr(0, kShownWordStart);
        ts_.diagnostics_.warn("PDF: a word wider than the column (\"" + encode_utf8(start) +
                              "…\") is broken inside without a hyphen");
    }
    const double joint = finish_box(next);
    Item penalty;
    penalty.geometry = BreakItem{ItemType::Penalty, -joint, 0, 0, kEmergencyBreakPenalty, false};
    items_.push_back(std::move(penalty));
}

void Typesetter::Paragraph::add_forced_break() {
    finish_box();
    Item fill;
    fill.geometry = BreakItem{ItemType::Glue, 0, kFill, 0, 0, false};
    items_.push_back(std::move(fill));
    Item force;
    force.geometry = BreakItem{ItemType::Penalty, 0, 0, 0, -kPenaltyInfinity, false};
    items_.push_back(std::move(force));
}

}  // namespace folio::pdf
