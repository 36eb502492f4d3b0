// Liang hyphenation patterns from a libhyphen .dic file, applied exactly the way libhyphen applies them.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace folio::pdf {

// One level of patterns as a trie over code points, stored flat: the children of a node are contiguous
// and sorted by letter. libhyphen runs an Aho-Corasick automaton without output links, so at each
// position only the pattern equal to the longest matching trie path counts.
class PatternLevel {
public:
    // A node's children and digits end where the next node's begin: the children of node i are the nodes
    // from nodes[i].first_child up to nodes[i + 1].first_child, its digits those from
    // nodes[i].digits_offset up to nodes[i + 1].digits_offset (none when no pattern ends at node i, else
    // the pattern's letters + 1). The last node only marks where the last ones end.
    struct Node {
        std::uint32_t first_child = 0;    // index of the first child
        std::uint32_t letter = 0;         // the code point leading here from the parent
        std::uint32_t digits_offset = 0;  // into digits()
    };

    PatternLevel();  // no patterns
    // Owns the arrays of a built trie.
    PatternLevel(std::vector<Node> nodes, std::vector<std::uint8_t> digits);
    // Views arrays kept elsewhere (a compiled dictionary file), which must outlive the level.
    PatternLevel(std::span<const Node> nodes, std::span<const std::uint8_t> digits);
    PatternLevel(PatternLevel&&) noexcept = default;
    PatternLevel& operator=(PatternLevel&&) noexcept = default;
    PatternLevel(const PatternLevel&) = delete;
    PatternLevel& operator=(const PatternLevel&) = delete;

    // values[p] becomes the largest digit between prepared[p] and prepared[p + 1]. Indexes are checked
    // as the trie is walked, so a damaged trie gives wrong digits, never a read out of bounds.
    void apply(std::u32string_view prepared, std::vector<std::uint8_t>& values) const;

    std::span<const Node> nodes() const { return nodes_; }
    std::span<const std::uint8_t> digits() const { return digits_; }

private:
    // The child of `node` reached by `letter`, -1 when there is none.
    std::int32_t child(std::int32_t node, char32_t letter) const {
        return node == 0 && letter < root_children_.size() ? root_children_[letter]
                                                           : find_child(node, letter);
    }
    std::int32_t find_child(std::int32_t node, char32_t letter) const;
    void index_root();

    std::vector<Node> own_nodes_;  // empty when viewing
    std::vector<std::uint8_t> own_digits_;
    std::span<const Node> nodes_;  // own_nodes_, or the viewed arrays
    std::span<const std::uint8_t> digits_;
    // The root's child for each of the first 256 code points (every walk starts at the root), or -1.
    std::array<std::int32_t, 256> root_children_;
};

// Hyphen-min values; 0 means "not set" as in libhyphen.
struct HyphenMins {
    int left = 0;
    int right = 0;
    int compound_left = 0;
    int compound_right = 0;
};

// A whole dictionary: the compound level (from the file, or libhyphen's default one) and the word level.
struct PatternDictionary {
    std::vector<PatternLevel> levels;       // levels[0] finds compound boundaries, levels[1] syllables
    HyphenMins mins;                        // those of the top level, as hnj_hyphen_hyphenate3 uses them
    std::vector<std::u32string> no_hyphen;  // no break directly before or after these strings
    std::shared_ptr<const void> storage;    // what the levels view, when loaded from a compiled form
};

// Parses a .dic file (first line: its charset, "UTF-8" or "ISO8859-1"). Throws folio::Error when
// the charset is not one of those.
PatternDictionary parse_pattern_dictionary(std::string_view file_bytes);

// The break points of a lower-case word as hnj_hyphen_hyphenate3(dict, word, …, lhmin, rhmin, clhmin,
// crhmin) computes them: result[i] is true when a hyphen may follow code point i.
std::vector<bool> hyphenate_word(const PatternDictionary& dict, std::u32string_view word, HyphenMins wanted);

}  // namespace folio::pdf
