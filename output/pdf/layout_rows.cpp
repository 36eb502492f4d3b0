// The article as a column of rows (text lines, the image, rules) with the keep rules pagination obeys.
#include "output/pdf/layout_rows.hpp"

namespace folio::pdf {

double baseline_offset(FontSet& fonts, const TextStyle& style) {
    const FontMetrics& metrics = fonts.metrics(fonts.primary(style.font));
    return (style.leading + style.size * (metrics.ascent() + metrics.descent())) / 2.0;
}

Row text_row(TextLine&& line, const TextStyle& style, double indent) {
    Row row;
    row.height = style.leading;
    row.indent = indent;
    row.line = std::move(line);
    return row;
}

void keep_lines(std::span<Row> rows, bool keep_all) {
    const std::size_t n = rows.size();
    for (std::size_t i = 0; i < n; ++i) {
        const bool orphan_guard = i == 0 && n >= 2;
        const bool widow_guard = n >= 2 && i + 2 == n;
        const bool hyphenated = rows[i].line && rows[i].line->hyphenated;
        rows[i].keep_with_next = keep_all || orphan_guard || widow_guard || hyphenated;
    }
}

}  // namespace folio::pdf
