// Limits on what folio accepts, so that hostile input ends in a clear error instead of a crash or a hang.
#include "formats/limits.hpp"

#include <string>

#include "formats/diagnostics.hpp"

namespace folio {

void check_input_size(std::size_t bytes, const Limits& limits) {
    if (bytes > limits.input_bytes)
        throw Error("the input is too large: " + std::to_string(bytes) + " bytes, the limit is " +
                    std::to_string(limits.input_bytes) + " (--max-input-size)");
}

void check_block_count(std::size_t blocks, const Limits& limits) {
    if (blocks > limits.blocks)
        throw Error("too many blocks: more than " + std::to_string(limits.blocks) +
                    " paragraphs, headings, figures and the like (--max-blocks)");
}

void check_nesting_depth(std::size_t depth, std::string_view what, const Limits& limits) {
    if (depth > static_cast<std::size_t>(limits.nesting_depth))
        throw Error("nested too deeply: " + std::string(what) + " more than " +
                    std::to_string(limits.nesting_depth) + " levels deep (--max-depth)");
}

}  // namespace folio
