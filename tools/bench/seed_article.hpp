// The benchmarks' input: the seed article (FOLIO_SEED_ARTICLE) as bytes and as a document, read once.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

#include "input/text/text_reader.hpp"

namespace folio::bench {

inline std::string read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

inline const std::string& seed_text() {
    static const std::string text = read_file(FOLIO_SEED_ARTICLE);
    return text;
}

inline const Document& seed_document() {
    static const Document doc = [] {
        Diagnostics diagnostics;
        return read_text(seed_text(), ReadOptions{"seed.txt"}, diagnostics);
    }();
    return doc;
}

}  // namespace folio::bench
