// Test helper: the bytes of a file under tests/data, and the plain text of model blocks.
#pragma once

#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "formats/document.hpp"

namespace folio::test {

inline std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline std::string data_path(const std::string& relative) {
    return std::string(FOLIO_TEST_DATA) + "/" + relative;
}

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
