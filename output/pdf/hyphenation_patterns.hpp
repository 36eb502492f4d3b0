// Liang hyphenation patterns from a libhyphen .dic file, applied exactly the way libhyphen applies them.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace folio::pdf {

// One level of patterns as a trie over code points. libhyphen runs an Aho-Corasick automaton without
// output links, so at each position only the pattern equal to the longest matching trie path counts.
class PatternLevel {
public:
    PatternLevel();
    // letters: the pattern without digits; digits: letters.size() + 1 values (before each letter, after
    // the last one).
    void add(std::u32string_view letters, const std::vector<std::uint8_t>& digits);
    // values[p] becomes the largest digit between prepared[p] and prepared[p + 1].
    void apply(std::u32string_view prepared, std::vector<std::uint8_t>& values) const;
    // Room for about this many trie nodes, so that loading does not keep reallocating.
    void reserve(std::size_t nodes) { nodes_.reserve(nodes); }

private:
    struct Node {
        std::int32_t first_child = -1;
        std::int32_t next_sibling = -1;
        char32_t letter = 0;
        std::int32_t digits_offset = -1;  // into digits_, -1 when no pattern ends here
        std::int32_t digits_count = 0;
    };
    std::int32_t child(std::int32_t node, char32_t letter) const;
    std::vector<Node> nodes_;
    std::vector<std::uint8_t> digits_;
    std::u32string previous_;         // the last pattern added, while loading
    std::vector<std::int32_t> path_;  // its nodes, root first
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
};

// Parses a .dic file (first line: its charset, "UTF-8" or "ISO8859-1"). Throws folio::Error when
// the charset is not one of those.
PatternDictionary parse_pattern_dictionary(std::string_view file_bytes);

// The break points of a lower-case word as hnj_hyphen_hyphenate3(dict, word, …, lhmin, rhmin, clhmin,
// crhmin) computes them: result[i] is true when a hyphen may follow code point i.
std::vector<bool> hyphenate_word(const PatternDictionary& dict, std::u32string_view word, HyphenMins wanted);

}  // namespace folio::pdf
