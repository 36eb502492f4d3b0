// Sets styled text into lines: fonts per glyph, ICU break opportunities, hyphenation, optimum-fit breaking.
#pragma once

#include <cstddef>
#include <functional>
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
    double x = 0;  // from the line's left edge
    double width = 0;
    std::string text;  // UTF-8
    int font = -1;
    int link = -1;            // index into TextLine::links; -1 outside links
    int element = -1;         // a structure element of its own (a list item's label); -1: the row's
    std::vector<Kern> kerns;  // the font's kerning inside the run's words, included in width
};

// A line of text: its runs share the font size and the colour (links take style::kLink).
struct TextLine {
    std::vector<PlacedRun> runs;
    double width = 0;  // the set width, from the left edge to the end of the last run
    double size = 0;
    bool hyphenated = false;  // ends at a hyphen or a dash
    Color color;
    std::vector<std::string> links;  // the targets of the line's links
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
    // The same, each line handed over as soon as it is final: a long paragraph is never held whole.
    void set(const StyledText& text, const TextStyle& style, double width,
             const std::function<void(TextLine&&)>& line);

    // The width of a single-line text in a style (no breaking).
    double measure(const StyledText& text, const TextStyle& style);

    FontSet& fonts() { return fonts_; }

private:
    struct Piece;
    struct Item;
    class Paragraph;
    FontStyle style_for(const TextStyle& base, const Markup& markup) const;
    int font_for(FontStyle style, char32_t& cp);
    TextLine make_line(const Paragraph& paragraph, std::size_t first, std::size_t end, double ratio) const;

    FontSet& fonts_;
    const PatternDictionary* dictionary_;
    std::string lang_;  // for shaping
    bool ragged_right_;
    Diagnostics& diagnostics_;
    std::unique_ptr<icu::BreakIterator> line_breaks_;
    std::set<char32_t> reported_;
    bool reported_wide_word_ = false;
};

}  // namespace folio::pdf
