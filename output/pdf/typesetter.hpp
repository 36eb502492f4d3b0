// Sets styled text into lines: fonts per glyph, ICU break opportunities, hyphenation, optimum-fit breaking.
#pragma once

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "formats/diagnostics.hpp"
#include "output/pdf/font_set.hpp"
#include "output/pdf/hyphenation_patterns.hpp"
#include "output/pdf/page_style.hpp"
#include "output/pdf/styled_text.hpp"

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace folio::pdf {

// A stretch of one font and one markup, placed on its line.
struct PlacedRun {
    int font = -1;
    double size = 0;
    double x = 0;  // from the line's left edge
    double width = 0;
    std::string text;  // UTF-8
    Color color;
    std::string href;  // "" outside links
};

struct TextLine {
    std::vector<PlacedRun> runs;
    double width = 0;  // the set width, from the left edge to the end of the last run
};

class Typesetter {
public:
    // dictionary may be nullptr (no hyphenation); lang selects ICU's line-break rules.
    Typesetter(FontSet& fonts, const PatternDictionary* dictionary, const std::string& lang,
               bool ragged_right, Diagnostics& diagnostics);
    ~Typesetter();
    Typesetter(const Typesetter&) = delete;
    Typesetter& operator=(const Typesetter&) = delete;

    // The lines of a paragraph set in style on a measure of width points.
    std::vector<TextLine> set(const StyledText& text, const TextStyle& style, double width);

    // The width of a single-line text in a style (no breaking).
    double measure(const StyledText& text, const TextStyle& style);

    FontSet& fonts() { return fonts_; }

private:
    struct Piece;
    struct Item;
    FontStyle style_for(const TextStyle& base, const Markup& markup) const;
    int font_for(FontStyle style, char32_t& cp);
    std::vector<bool> break_opportunities(const std::u32string& text);
    std::vector<Item> make_items(const StyledText& text, const TextStyle& style);
    std::vector<TextLine> make_lines(const StyledText& styled, const std::vector<Item>& items,
                                     const TextStyle& style, double width);

    FontSet& fonts_;
    const PatternDictionary* dictionary_;
    bool ragged_right_;
    Diagnostics& diagnostics_;
    std::unique_ptr<icu::BreakIterator> line_breaks_;
    std::set<char32_t> reported_;
};

}  // namespace folio::pdf
