// The page design: paper and margins, and the type style of every kind of text on the page.
#pragma once

#include <string>

#include "output/pdf/font_set.hpp"

namespace folio::pdf {

struct Color {
    double r = 0, g = 0, b = 0;
    friend bool operator==(const Color&, const Color&) = default;
};

enum class Align { Justify, Left, Right, Center };

struct TextStyle {
    FontStyle font;
    double size = 10.5;     // pt
    double leading = 14.5;  // baseline to baseline, pt
    Color color;
    Align align = Align::Justify;
    bool hyphenate = true;
};

struct PageGeometry {
    double width = 0, height = 0;  // pt
    double margin_left = 0, margin_top = 0, margin_bottom = 0;
    double text_width = 0;
    double text_height() const { return height - margin_top - margin_bottom; }
};

// A4 or US letter with the same text block; throws folio::Error for any other paper name.
PageGeometry page_geometry(const std::string& paper);

namespace style {

inline constexpr Color kText{0.1, 0.1, 0.1};
inline constexpr Color kAccent{0.62, 0.11, 0.13};
inline constexpr Color kMuted{0.38, 0.38, 0.38};
inline constexpr Color kLink{0.08, 0.25, 0.55};
inline constexpr Color kRule{0.72, 0.72, 0.72};

TextStyle body();
TextStyle lead();
TextStyle kicker();
TextStyle title();
TextStyle subtitle();
TextStyle byline();
TextStyle heading(int level);
TextStyle caption();
TextStyle credit();
TextStyle quote();
TextStyle attribution();
TextStyle note();
TextStyle bio();
TextStyle table_caption();
TextStyle table_cell();
TextStyle running_header();
TextStyle footer();

inline constexpr double kParagraphSpace = 5.0;  // between body paragraphs
inline constexpr double kBlockSpace = 11.0;     // around figures, quotes, lists
inline constexpr double kListIndent = 18.0;
inline constexpr double kQuoteIndent = 22.0;
inline constexpr double kBarWidth = 2.0;

}  // namespace style

}  // namespace folio::pdf
