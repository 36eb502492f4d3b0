// The page design: paper and margins, and the type style of every kind of text on the page.
#include "output/pdf/page_style.hpp"

#include "formats/diagnostics.hpp"

namespace folio::pdf {

namespace {

// A book measure: about 68 characters of the 11 pt body face per line (60 to 75 is comfortable reading),
// centred on A4 and letter with wide side margins; the bottom margin is the larger one.
constexpr double kTextWidth = 312.0;

TextStyle make(Typeface face, bool bold, bool italic, double size, double leading, Color color, Align align,
               bool hyphenate) {
    return TextStyle{FontStyle{face, bold, italic}, size, leading, color, align, hyphenate};
}

}  // namespace

PageGeometry page_geometry(const std::string& paper) {
    PageGeometry page;
    if (paper.empty() || paper == "a4" || paper == "A4") {
        page.width = 595.0;
        page.height = 842.0;
    } else if (paper == "letter" || paper == "Letter") {
        page.width = 612.0;
        page.height = 792.0;
    } else {
        throw Error("unknown paper size \"" + paper + "\" (use a4 or letter)");
    }
    page.text_width = kTextWidth;
    page.margin_left = (page.width - kTextWidth) / 2.0;
    page.margin_top = 78.0;
    page.margin_bottom = 84.0;
    return page;
}

namespace style {

TextStyle body() { return make(Typeface::Serif, false, false, 11.0, 15.4, kText, Align::Justify, true); }
TextStyle lead() { return make(Typeface::Serif, true, false, 11.5, 16.0, kText, Align::Justify, true); }
TextStyle kicker() { return make(Typeface::Sans, true, false, 10.0, 13.5, kAccent, Align::Left, false); }
TextStyle title() { return make(Typeface::Serif, true, false, 22.0, 26.5, kText, Align::Left, false); }
TextStyle subtitle() { return make(Typeface::Serif, false, true, 13.0, 17.0, kText, Align::Left, false); }
TextStyle byline() { return make(Typeface::Sans, false, false, 9.5, 13.0, kMuted, Align::Left, false); }
TextStyle heading(int level) {
    if (level <= 2) return make(Typeface::Sans, true, false, 13.0, 17.0, kText, Align::Left, false);
    return make(Typeface::Sans, true, false, 11.5, 15.0, kText, Align::Left, false);
}
TextStyle caption() { return make(Typeface::Sans, false, false, 9.2, 12.4, kText, Align::Left, true); }
TextStyle credit() { return make(Typeface::Sans, false, false, 7.8, 10.4, kMuted, Align::Left, false); }
TextStyle quote() { return make(Typeface::Serif, false, true, 11.0, 15.4, kText, Align::Justify, true); }
TextStyle attribution() { return make(Typeface::Sans, false, false, 9.2, 12.4, kMuted, Align::Right, false); }
TextStyle note() { return make(Typeface::Sans, false, true, 9.5, 13.0, kMuted, Align::Left, true); }
TextStyle bio() { return make(Typeface::Serif, false, false, 10.0, 14.0, kText, Align::Justify, true); }
TextStyle table_caption() { return make(Typeface::Sans, true, false, 9.2, 12.4, kText, Align::Left, true); }
TextStyle table_cell() { return make(Typeface::Sans, false, false, 8.6, 11.2, kText, Align::Left, true); }
TextStyle running_header() {
    return make(Typeface::Sans, false, false, 8.0, 10.0, kMuted, Align::Left, false);
}
TextStyle footer() { return make(Typeface::Sans, false, false, 8.0, 10.0, kMuted, Align::Center, false); }

}  // namespace style

}  // namespace folio::pdf
