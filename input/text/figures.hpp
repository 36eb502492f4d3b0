// Finding photos in the body lines: alt text, caption and credit, with or without a credit line.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "formats/block.hpp"
#include "input/common/inline_credit.hpp"
#include "input/text/source_lines.hpp"

namespace folio {

struct FigureSpan {
    std::size_t first = 0;  // the figure's lines are [first, last]
    std::size_t last = 0;
    Figure figure;
};

// Figures among lines[body_start, end), ordered by position:
//  - a credit line (© …, Foto: …, Photo: …) with the caption on the line before it and the alt
//    text before that (when it repeats the caption or is a short line without final punctuation);
//  - a caption line standing alone that ends with its credit ("Caption. Foto: Name"), with the alt
//    text before it under the same conditions;
//  - the same line twice (alt == caption) without a credit;
//  - right below the header, a short alt line followed by a caption line.
std::vector<FigureSpan> find_figures(const SourceLines& lines, std::size_t body_start);

// A caption line that ends with its credit ("Caption. Foto: Name", "Caption - NAME/Agency"), split.
std::optional<CaptionAndCredit> caption_with_credit(std::string_view line);

// A line standing for a photo that was not copied: "Image", "Photo", "Video".
bool is_image_placeholder(std::string_view line);

}  // namespace folio
