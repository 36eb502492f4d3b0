// Turning the body lines into blocks: paragraphs, headings, figures, lists, tables, block quotes, notes.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "formats/block.hpp"
#include "input/text/figures.hpp"
#include "input/text/source_lines.hpp"

namespace folio {

struct Body {
    std::vector<Block> blocks;
    // Where a label such as "Über die Autoren" stood (index into blocks); the label itself is dropped.
    std::optional<std::size_t> author_label_at;
};

// after_byline: the header ends in a byline or date, so a heading may open the body.
Body read_body(const SourceLines& lines, std::size_t body_start, const std::vector<FigureSpan>& figures,
               bool after_byline);

}  // namespace folio
