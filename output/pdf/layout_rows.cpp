// The article as a column of rows (text lines, the image, rules) with the keep rules pagination obeys.
#include "output/pdf/layout_rows.hpp"

namespace folio::pdf {

double baseline_offset(FontSet& fonts, const TextStyle& style) {
    const FontMetrics& metrics = fonts.metrics(fonts.primary(style.font));
    return (style.leading + style.size * (metrics.ascent() + metrics.descent())) / 2.0;
}

std::vector<Row> text_rows(const std::vector<TextLine>& lines, FontSet& fonts, const TextStyle& style,
                           double indent, bool keep_all) {
    std::vector<Row> rows;
    const double baseline = baseline_offset(fonts, style);
    const std::size_t n = lines.size();
    for (std::size_t i = 0; i < n; ++i) {
        Row row;
        row.height = style.leading;
        row.indent = indent;
        row.line = lines[i];
        row.baseline = baseline;
        const bool orphan_guard = i == 0 && n >= 2;
        const bool widow_guard = n >= 2 && i + 2 == n;
        row.keep_with_next = keep_all || orphan_guard || widow_guard;
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace folio::pdf
