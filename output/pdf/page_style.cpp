// The page design: paper and margins, and the type style of every kind of text on the page.
#include "output/pdf/page_style.hpp"

#include "formats/diagnostics.hpp"

namespace folio::pdf {

namespace {

constexpr double kTextWidth = 420.0;  // about 75 characters of the body face per line

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
    page.margin_top = 74.0;
    page.margin_bottom = 70.0;
    return page;
}

namespace style {

TextStyle body() { return make(Typeface::Serif, false, false, 10.5, 14.4, kText, Align::Justify, true); }
TextStyle lead() { return make(Typeface::Serif, true, false, 11.0, 15.2, kText, Align::Justify, true); }
TextStyle kicker() { return make(Typeface::Sans, true, false, 9.5, 13.0, kAccent, Align::Left, false); }
TextStyle title() { return make(Typeface::Serif, true, false, 22.0, 26.5, kText, Align::Left, false); }
TextStyle subtitle() { return make(Typeface::Serif, false, true, 13.0, 17.0, kText, Align::Left, false); }
TextStyle byline() { return make(Typeface::Sans, false, false, 9.0, 12.5, kMuted, Align::Left, false); }
TextStyle heading(int level) {
    if (level <= 2) return make(Typeface::Sans, true, false, 12.5, 16.0, kText, Align::Left, false);
    return make(Typeface::Sans, true, false, 11.0, 14.5, kText, Align::Left, false);
}
TextStyle caption() { return make(Typeface::Sans, false, false, 8.8, 11.8, kText, Align::Left, true); }
TextStyle credit() { return make(Typeface::Sans, false, false, 7.5, 10.0, kMuted, Align::Left, false); }
TextStyle quote() { return make(Typeface::Serif, false, true, 10.5, 14.4, kText, Align::Justify, true); }
TextStyle attribution() { return make(Typeface::Sans, false, false, 8.8, 12.0, kMuted, Align::Right, false); }
TextStyle note() { return make(Typeface::Sans, false, true, 9.0, 12.5, kMuted, Align::Left, true); }
TextStyle bio() { return make(Typeface::Serif, false, false, 9.5, 13.0, kText, Align::Justify, true); }
TextStyle running_header() {
    return make(Typeface::Sans, false, false, 8.0, 10.0, kMuted, Align::Left, false);
}
TextStyle footer() { return make(Typeface::Sans, false, false, 8.0, 10.0, kMuted, Align::Center, false); }

}  // namespace style

}  // namespace folio::pdf
