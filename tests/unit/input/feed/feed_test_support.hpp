// Reading feed fixtures in the feed reader's tests: the collection, or the error, and the warnings.
#pragma once

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "formats/block.hpp"
#include "formats/collection.hpp"
#include "input/feed/feed_reader.hpp"

namespace folio::test {

inline std::string feed_fixture(const std::string& name) {
    std::ifstream in(std::filesystem::path(FOLIO_TEST_DATA) / "feeds" / name, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct FeedOutcome {
    Collection collection;
    std::vector<std::string> warnings;
    std::string error;  // "" when the feed was read
};

inline FeedOutcome read_feed_bytes(const std::string& bytes, const ReadOptions& options = {}) {
    FeedOutcome outcome;
    Diagnostics diag;
    try {
        outcome.collection = read_feed(bytes, options, diag);
    } catch (const Error& e) {
        outcome.error = e.what();
    }
    outcome.warnings = diag.warnings;
    return outcome;
}

// Every text of the collection, to check that something is (or is not) anywhere in it.
inline std::string everything(const Collection& collection) {
    std::string out = collection.meta.title + "\n" + collection.meta.subtitle + "\n";
    for (const Document& article : collection.articles) {
        out += article.meta.title + "\n";
        for (const Block& block : article.blocks) out += block_plain_text(block) + "\n";
    }
    return out;
}

}  // namespace folio::test
