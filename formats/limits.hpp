// Limits on what folio accepts, so that hostile input ends in a clear error instead of a crash or a hang.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace folio {

// The defaults are far above any real article; a user with an unusual input raises them.
struct Limits {
    std::size_t input_bytes = 64u << 20;       // size of one input file (--max-input-size)
    int nesting_depth = 200;                   // elements in elements (XML, HTML), arrays/objects (JSON)
    std::size_t blocks = 100'000;              // paragraphs, headings, figures, … in one document
    std::size_t image_bytes = 50u << 20;       // size of one image file
    std::uint64_t image_pixels = 100'000'000;  // width × height an image declares in its header
    // One budget for all the images of one document together (each figure counts, copies too).
    std::size_t document_image_bytes = 200u << 20;
    std::uint64_t document_image_pixels = 400'000'000;
};

// Each throws folio::Error naming the reason, the value found and the limit when the limit is exceeded.
void check_input_size(std::size_t bytes, const Limits& limits);
void check_block_count(std::size_t blocks, const Limits& limits);
// `depth` is how deep the input nests at one point; `what` says what nests ("XML elements").
void check_nesting_depth(std::size_t depth, std::string_view what, const Limits& limits);

}  // namespace folio
