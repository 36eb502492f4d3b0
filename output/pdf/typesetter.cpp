// Sets styled text into lines: fonts per glyph, ICU break opportunities, hyphenation, optimum-fit breaking.
#include "output/pdf/typesetter.hpp"

#include <unicode/brkiter.h>
#include <unicode/locid.h>

#include <algorithm>
#include <cstdio>

#include "formats/utf8.hpp"
#include "output/pdf/line_breaker.hpp"
#include "output/pdf/paragraph_items.hpp"

namespace folio::pdf {

namespace {

constexpr double kMaxRatio = 3.0;  // justified lines never stretch further (bounded stretch)

std::string code_point_label(char32_t cp) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(cp));
    return buffer;
}

}  // namespace

Typesetter::Typesetter(FontSet& fonts, const PatternDictionary* dictionary, const std::string& lang,
                       bool ragged_right, Diagnostics& diagnostics)
    : fonts_(fonts),
      dictionary_(dictionary),
      lang_(lang),
      ragged_right_(ragged_right),
      diagnostics_(diagnostics) {
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

TextLine Typesetter::make_line(const Paragraph& paragraph, std::size_t first, std::size_t end_item,
                               double break_ratio) const {
    const StyledText& styled = paragraph.text();
    const TextStyle& style = paragraph.style();
    std::size_t start = first;
    while (start < end_item && paragraph.at(start).geometry.type != ItemType::Box) ++start;
    const Item& end = paragraph.at(end_item);
    const bool forced = end.geometry.type == ItemType::Penalty && end.geometry.penalty <= -kPenaltyInfinity;
    const double ratio = paragraph.justify() && !forced ? std::clamp(break_ratio, -1.0, kMaxRatio) : 0.0;

    TextLine line;
    line.size = style.size;
    line.color = style.color;
    line.hyphenated = end.geometry.type == ItemType::Penalty && end.geometry.flagged;
    std::vector<std::uint16_t> run_markups;
    std::vector<std::uint32_t> run_lengths;  // code points in each run's text
    double x = 0;
    bool glue_since_run = true;
    bool space_pending = false;  // glue at its natural width that may join the next piece's run
    int space_font = -1;
    std::uint16_t space_markup = 0;
    auto link_of = [&](const std::string& href) {
        if (href.empty()) return -1;
        const auto found = std::find(line.links.begin(), line.links.end(), href);
        if (found != line.links.end()) return static_cast<int>(found - line.links.begin());
        line.links.push_back(href);
        return static_cast<int>(line.links.size()) - 1;
    };
    auto place = [&](const Piece& piece) {
        const bool same_run =
            !line.runs.empty() && line.runs.back().font == piece.font && run_markups.back() == piece.markup;
        auto add_kerns = [&](std::uint32_t offset) {
            for (const Kern& kern : piece.kerns)
                line.runs.back().kerns.push_back(Kern{offset + kern.after, kern.em});
            run_lengths.back() = offset + static_cast<std::uint32_t>(piece.text.size());
        };
        if (same_run && !glue_since_run) {
            line.runs.back().text += encode_utf8(piece.text);
            line.runs.back().width += piece.width;
            add_kerns(run_lengths.back());
        } else if (same_run && space_pending && space_font == piece.font && space_markup == piece.markup) {
            line.runs.back().text += ' ' + encode_utf8(piece.text);
            line.runs.back().width = x + piece.width - line.runs.back().x;
            add_kerns(run_lengths.back() + 1);
        } else {
            // The word before a space stretched or in another font ends with a space character (drawn, but
            // not counted in its width), so that the text reads with its spaces: copied, extracted, or
            // read aloud from the structure tree.
            if (glue_since_run && !line.runs.empty()) line.runs.back().text += ' ';
            const int link = link_of(styled.markups[piece.markup].href);
            line.runs.push_back(PlacedRun{x, piece.width, encode_utf8(piece.text), piece.font, link, -1, {}});
            run_markups.push_back(piece.markup);
            run_lengths.push_back(0);
            add_kerns(0);
        }
        x += piece.width;
        glue_since_run = false;
        space_pending = false;
    };
    // The kern to the word's next box, unless the line ends between them.
    auto place_joint = [&](const Piece& piece) {
        PlacedRun& run = line.runs.back();
        run.kerns.push_back(Kern{run_lengths.back() - 1, piece.joint});
        run.width += piece.joint * style.size;
        x += piece.joint * style.size;
    };
    for (std::size_t k = start; k < end_item; ++k) {
        const Item& item = paragraph.at(k);
        if (item.geometry.type == ItemType::Box) {
            for (const Piece& piece : item.pieces) place(piece);
            if (!item.pieces.empty() && item.pieces.back().joint != 0 && k + 1 != end_item)
                place_joint(item.pieces.back());
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
    if (end.geometry.type == ItemType::Glue && !line.runs.empty()) line.runs.back().text += ' ';  // ditto
    line.runs.shrink_to_fit();  // a long article keeps every line until its pages are painted
    line.width = x;
    if (style.align == Align::Right || style.align == Align::Center) {
        const double shift =
            style.align == Align::Right ? paragraph.width() - x : (paragraph.width() - x) / 2.0;
        for (PlacedRun& run : line.runs) run.x += shift;
    }
    return line;
}

void Typesetter::set(const StyledText& text, const TextStyle& style, double width,
                     const std::function<void(TextLine&&)>& line) {
    if (text.empty()) return;
    Paragraph paragraph(*this, text, style, width, line);
    BreakParams params;
    params.line_width = width;
    params.tolerance = kMaxRatio;  // as loose as a line is ever drawn, rather than another hyphen
    if (!paragraph.justify()) params.ragged_stretch = 3.0 * style.size;
    break_lines(paragraph, params);
}

std::vector<TextLine> Typesetter::set(const StyledText& text, const TextStyle& style, double width) {
    std::vector<TextLine> lines;
    set(text, style, width, [&lines](TextLine&& line) { lines.push_back(std::move(line)); });
    return lines;
}

double Typesetter::measure(const StyledText& text, const TextStyle& style) {
    double width = 0;
    std::u32string word;  // a stretch of one font and one markup between spaces, kerned as set() does
    int word_font = -1;
    std::uint16_t word_markup = 0;
    std::vector<Kern> kerns;
    auto end_word = [&] {
        if (word_font >= 0) width += fonts_.kerning(word_font).kern(word, lang_, 0, kerns) * style.size;
        word.clear();
        word_font = -1;
    };
    for (std::size_t i = 0; i < text.text.size(); ++i) {
        char32_t cp = text.text[i];
        const std::uint16_t markup = text.markup[i];
        const int font = font_for(style_for(style, text.markups[markup]), cp);
        width += fonts_.metrics(font).advance(cp) * style.size;
        if (cp == U' ' || font != word_font || markup != word_markup) end_word();
        if (cp == U' ') continue;
        word.push_back(cp);
        word_font = font;
        word_markup = markup;
    }
    end_word();
    return width;
}

}  // namespace folio::pdf
