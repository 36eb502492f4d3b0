// Test helpers for reader tests: queries over the model's blocks (blocks of one kind, paragraphs before a
// block).
#pragma once

#include <variant>
#include <vector>

#include "formats/document.hpp"
#include "tests/support/test_data.hpp"

namespace folio::test {

// Blocks of one kind, in order.
template <typename T>
std::vector<const T*> blocks_of(const Document& doc) {
    std::vector<const T*> found;
    for (const Block& block : doc.blocks) {
        if (const auto* b = std::get_if<T>(&block)) found.push_back(b);
    }
    return found;
}

// How many Paragraph blocks come before blocks[index].
inline int paragraphs_before(const Document& doc, std::size_t index) {
    int count = 0;
    for (std::size_t i = 0; i < index; ++i) count += std::holds_alternative<Paragraph>(doc.blocks[i]);
    return count;
}

}  // namespace folio::test
