// Sets styled text into lines: fonts per glyph, ICU break opportunities, hyphenation, optimum-fit breaking.
#include "output/pdf/typesetter.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>

#include "formats/utf8.hpp"
#include "output/pdf/hyphenation.hpp"
#include "output/pdf/line_breaker.hpp"

namespace folio::pdf {

namespace {

constexpr double kFill = 1e6;      // the stretch of the glue that ends a paragraph
constexpr double kMaxRatio = 2.5;  // justified lines never stretch further (bounded stretch)
constexpr int kHyphenPenalty = 50;
constexpr int kExplicitHyphenPenalty = 50;
constexpr int kOtherBreakPenalty = 100;

bool is_hyphen_like(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2013' || c == U'\u2014'; }

std::string code_point_label(char32_t cp) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    return buffer;
}

}  // namespace

// A stretch of one font and one markup inside a box.
struct Typesetter::Piece {
    int font = -1;
    std::uint16_t markup = 0;
    std::u32string text;
    double width = 0;
};

// A box (a word or part of one), glue (a space) or a penalty (a possible break, maybe with a hyphen).
struct Typesetter::Item {
    BreakItem geometry;
    std::vector<Piece> pieces;  // boxes: the word; penalties: the hyphen drawn when breaking there
    std::uint16_t markup = 0;   // glue: the markup of the space
    int font = -1;              // glue: the font of the space
};

Typesetter::Typesetter(FontSet& fonts, const PatternDictionary* dictionary, const std::string& lang,
                       bool ragged_right, Diagnostics& diagnostics)
    : fonts_(fonts), dictionary_(dictionary), ragged_right_(ragged_right), diagnostics_(diagnostics) {
    UErrorCode status = U_ZERO_ERROR;
    line_breaks_.reset(
        icu::BreakIterator::createLineInstance(icu::Locale(lang.empty() ? "en" : lang.c_str()), status));
    if (U_FAILURE(status)) line_breaks_.reset();
}

Typesetter::~Typesetter() = default;

FontStyle Typesetter::style_for(const TextStyle& base, const Markup& markup) const {
    FontStyle style = base.font;
    if (markup.bold) style.bold = true;
    if (markup.italic) style.italic = !style.italic;
    if (markup.code) style.face = Typeface::Mono;
    return style;
}

int Typesetter::font_for(FontStyle style, char32_t& cp) {
    if (cp == U' ' || cp == kForcedBreak) return fonts_.primary(style);
    const int font = fonts_.font_for(style, cp);
    if (font >= 0) return font;
    if (reported_.insert(cp).second) {
        std::string shown;
        append_utf8(shown, cp);
        diagnostics_.warn("PDF: no installed font has a glyph for " + code_point_label(cp) + " \"" + shown +
                          "\"; it is printed as U+FFFD");
    }
    cp = U'\uFFFD';
    const int replacement = fonts_.font_for(style, cp);
    return replacement >= 0 ? replacement : fonts_.primary(style);
}

std::vector<bool> Typesetter::break_opportunities(const std::u32string& text) {
    std::vector<bool> after(text.size(), false);
    if (!line_breaks_) {
        for (std::size_t i = 0; i < text.size(); ++i) after[i] = text[i] == U' ';
        return after;
    }
    const icu::UnicodeString utf16 = icu::UnicodeString::fromUTF32(
        reinterpret_cast<const UChar32*>(text.data()), static_cast<int32_t>(text.size()));
    std::vector<std::int32_t> index_of_unit(static_cast<std::size_t>(utf16.length()) + 1, -1);
    for (std::int32_t unit = 0, cp = 0; unit < utf16.length(); unit = utf16.moveIndex32(unit, 1), ++cp)
        index_of_unit[static_cast<std::size_t>(unit)] = cp;
    line_breaks_->setText(utf16);
    for (std::int32_t boundary = line_breaks_->first(); boundary != icu::BreakIterator::DONE;
         boundary = line_breaks_->next()) {
        if (boundary <= 0 || boundary >= utf16.length()) continue;
        const std::int32_t next = index_of_unit[static_cast<std::size_t>(boundary)];
        if (next <= 0) continue;
        const std::size_t before = static_cast<std::size_t>(next) - 1;
        const char32_t c = text[before];
        // Spaces, hyphens, dashes and slashes only: ICU would also break between Hangul syllables.
        if (c == U' ' || is_hyphen_like(c) || c == U'/') after[before] = true;
    }
    return after;
}

std::vector<Typesetter::Item> Typesetter::make_items(const StyledText& styled, const TextStyle& style) {
    std::u32string text = styled.text;
    const std::vector<bool> breaks = break_opportunities(text);
    std::vector<bool> hyphens(text.size(), false);
    if (style.hyphenate && dictionary_ != nullptr) hyphens = hyphenation_points(*dictionary_, text);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (styled.markups[styled.markup[i]].code) hyphens[i] = false;

    std::vector<Item> items;
    Item box;
    box.geometry.type = ItemType::Box;
    auto finish_box = [&] {
        if (box.pieces.empty()) return;
        items.push_back(std::move(box));
        box = Item{};
        box.geometry.type = ItemType::Box;
    };
    auto add_char = [&](char32_t cp, std::uint16_t markup) {
        const FontStyle font_style = style_for(style, styled.markups[markup]);
        const int font = font_for(font_style, cp);
        const double width = fonts_.metrics(font).advance(cp) * style.size;
        if (box.pieces.empty() || box.pieces.back().font != font || box.pieces.back().markup != markup)
            box.pieces.push_back(Piece{font, markup, {}, 0});
        box.pieces.back().text.push_back(cp);
        box.pieces.back().width += width;
        box.geometry.width += width;
    };
    auto add_forced_break = [&] {
        finish_box();
        Item fill;
        fill.geometry = BreakItem{ItemType::Glue, 0, kFill, 0, 0, false};
        items.push_back(fill);
        Item force;
        force.geometry = BreakItem{ItemType::Penalty, 0, 0, 0, -kPenaltyInfinity, false};
        items.push_back(force);
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char32_t c = text[i];
        const std::uint16_t markup = styled.markup[i];
        if (c == kForcedBreak) {
            add_forced_break();
            continue;
        }
        if (c == U' ') {
            finish_box();
            Item glue;
            glue.markup = markup;
            char32_t space = U' ';
            glue.font = font_for(style_for(style, styled.markups[markup]), space);
            const double width = fonts_.metrics(glue.font).advance(U' ') * style.size;
            const bool stretchy = style.align == Align::Justify && !ragged_right_;
            glue.geometry = BreakItem{ItemType::Glue,           width, stretchy ? width * 0.5 : 0,
                                      stretchy ? width / 3 : 0, 0,     false};
            items.push_back(glue);
            continue;
        }
        add_char(c, markup);
        const bool last = i + 1 == text.size();
        if (last || text[i + 1] == U' ' || text[i + 1] == kForcedBreak) continue;
        if (breaks[i]) {
            finish_box();
            Item penalty;
            const int value = is_hyphen_like(c) ? kExplicitHyphenPenalty : kOtherBreakPenalty;
            penalty.geometry = BreakItem{ItemType::Penalty, 0, 0, 0, value, is_hyphen_like(c)};
            items.push_back(penalty);
        } else if (hyphens[i]) {
            finish_box();
            Item penalty;
            const FontStyle font_style = style_for(style, styled.markups[markup]);
            // U+00AD marks the hyphen as inserted by the line break, so text extraction can rejoin the word.
            char32_t hyphen = U'\u00AD';
            int font = fonts_.font_for(font_style, hyphen);
            if (font < 0 || fonts_.metrics(font).advance(hyphen) <= 0) {
                hyphen = U'-';
                font = font_for(font_style, hyphen);
            }
            const double width = fonts_.metrics(font).advance(hyphen) * style.size;
            penalty.pieces.push_back(Piece{font, markup, std::u32string(1, hyphen), width});
            penalty.geometry = BreakItem{ItemType::Penalty, width, 0, 0, kHyphenPenalty, true};
            items.push_back(penalty);
        }
    }
    add_forced_break();
    return items;
}

std::vector<TextLine> Typesetter::make_lines(const StyledText& styled, const std::vector<Item>& items,
                                             const TextStyle& style, double width) {
    std::vector<BreakItem> geometry;
    geometry.reserve(items.size());
    for (const Item& item : items) geometry.push_back(item.geometry);
    BreakParams params;
    params.line_width = width;
    const bool justify = style.align == Align::Justify && !ragged_right_;
    if (!justify) params.ragged_stretch = 3.0 * style.size;
    const std::vector<LineBreak> breaks = break_lines(geometry, params);

    std::vector<TextLine> lines;
    std::size_t start = 0;
    for (const LineBreak& brk : breaks) {
        while (start < brk.item && items[start].geometry.type != ItemType::Box) ++start;
        const Item& end = items[brk.item];
        const bool forced =
            end.geometry.type == ItemType::Penalty && end.geometry.penalty <= -kPenaltyInfinity;
        const double ratio = justify && !forced ? std::clamp(brk.ratio, -1.0, kMaxRatio) : 0.0;

        TextLine line;
        std::vector<std::uint16_t> run_markups;
        double x = 0;
        bool glue_since_run = true;
        bool space_pending = false;  // glue at its natural width that may join the next piece's run
        int space_font = -1;
        std::uint16_t space_markup = 0;
        auto place = [&](const Piece& piece) {
            const bool same_run = !line.runs.empty() && line.runs.back().font == piece.font &&
                                  run_markups.back() == piece.markup;
            if (same_run && !glue_since_run) {
                line.runs.back().text += encode_utf8(piece.text);
                line.runs.back().width += piece.width;
            } else if (same_run && space_pending && space_font == piece.font &&
                       space_markup == piece.markup) {
                line.runs.back().text += ' ' + encode_utf8(piece.text);
                line.runs.back().width = x + piece.width - line.runs.back().x;
            } else {
                const Markup& markup = styled.markups[piece.markup];
                line.runs.push_back(PlacedRun{piece.font, style.size, x, piece.width, encode_utf8(piece.text),
                                              markup.href.empty() ? style.color : style::kLink, markup.href});
                run_markups.push_back(piece.markup);
            }
            x += piece.width;
            glue_since_run = false;
            space_pending = false;
        };
        for (std::size_t k = start; k < brk.item; ++k) {
            const Item& item = items[k];
            if (item.geometry.type == ItemType::Box) {
                for (const Piece& piece : item.pieces) place(piece);
            } else if (item.geometry.type == ItemType::Glue) {
                double w = item.geometry.width;
                if (ratio > 0) w += ratio * item.geometry.stretch;
                if (ratio < 0) w += ratio * item.geometry.shrink;
                x += w;
                space_pending = ratio == 0 && !glue_since_run;
                space_font = item.font;
                space_markup = item.markup;
                glue_since_run = true;
            }
        }
        for (const Piece& piece : end.pieces) place(piece);
        line.width = x;
        if (style.align == Align::Right || style.align == Align::Center) {
            const double shift = style.align == Align::Right ? width - x : (width - x) / 2.0;
            for (PlacedRun& run : line.runs) run.x += shift;
        }
        lines.push_back(std::move(line));
        start = brk.item + 1;
    }
    return lines;
}

std::vector<TextLine> Typesetter::set(const StyledText& text, const TextStyle& style, double width) {
    if (text.empty()) return {};
    return make_lines(text, make_items(text, style), style, width);
}

double Typesetter::measure(const StyledText& text, const TextStyle& style) {
    double width = 0;
    for (std::size_t i = 0; i < text.text.size(); ++i) {
        char32_t cp = text.text[i];
        const int font = font_for(style_for(style, text.markups[text.markup[i]]), cp);
        width += fonts_.metrics(font).advance(cp) * style.size;
    }
    return width;
}

}  // namespace folio::pdf
