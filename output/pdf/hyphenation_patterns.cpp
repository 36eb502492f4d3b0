// Liang hyphenation patterns from a libhyphen .dic file, applied exactly the way libhyphen applies them.
#include "output/pdf/hyphenation_patterns.hpp"

#include <algorithm>
#include <charconv>

#include "formats/diagnostics.hpp"
#include "formats/utf8.hpp"

namespace folio::pdf {

namespace {

constexpr std::uint8_t kNone = 0;

// Builds one level's trie while the file is read: nodes linked to their siblings, in file order.
class TrieBuilder {
public:
    TrieBuilder() : path_{0} { nodes_.emplace_back(); }

    // letters: the pattern without digits; digits: letters.size() + 1 values (before each letter, after
    // the last one).
    void add(std::u32string_view letters, const std::vector<std::uint8_t>& digits);
    // Room for about this many nodes, so that loading does not keep reallocating.
    void reserve(std::size_t nodes) { nodes_.reserve(nodes); }
    // The flat trie in level order: the children of each node contiguous and sorted, each level after the
    // one above it.
    PatternLevel finish() const;

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
    std::u32string previous_;         // the last pattern added
    std::vector<std::int32_t> path_;  // its nodes, root first
};

std::int32_t TrieBuilder::child(std::int32_t node, char32_t letter) const {
    for (std::int32_t c = nodes_[static_cast<std::size_t>(node)].first_child; c >= 0;
         c = nodes_[static_cast<std::size_t>(c)].next_sibling)
        if (nodes_[static_cast<std::size_t>(c)].letter == letter) return c;
    return -1;
}

void TrieBuilder::add(std::u32string_view letters, const std::vector<std::uint8_t>& digits) {
    // The files are mostly sorted: the nodes shared with the previous pattern need no search.
    std::size_t shared = 0;
    while (shared < letters.size() && shared < previous_.size() && letters[shared] == previous_[shared])
        ++shared;
    path_.resize(shared + 1);
    previous_.assign(letters.begin(), letters.end());
    std::int32_t node = path_[shared];
    for (char32_t letter : letters.substr(shared)) {
        std::int32_t next = child(node, letter);
        if (next < 0) {
            next = static_cast<std::int32_t>(nodes_.size());
            Node created;
            created.letter = letter;
            created.next_sibling = nodes_[static_cast<std::size_t>(node)].first_child;
            nodes_.push_back(created);
            nodes_[static_cast<std::size_t>(node)].first_child = next;
        }
        node = next;
        path_.push_back(node);
    }
    Node& end = nodes_[static_cast<std::size_t>(node)];
    end.digits_offset = static_cast<std::int32_t>(digits_.size());
    end.digits_count = static_cast<std::int32_t>(digits.size());
    digits_.insert(digits_.end(), digits.begin(), digits.end());
}

PatternLevel TrieBuilder::finish() const {
    // Level order (breadth first): each node's children contiguous and sorted, each level after the one
    // above it, and the digits in the order of their nodes. The levels near the root, which nearly every
    // walk goes through, fill a few pages at the start, so a process that maps the compiled form reads
    // fewer of its pages for a whole article than in depth-first order, where they lie spread over the
    // whole file. With nodes of 12 bytes, whose counts the next node gives, Debian's German patterns take
    // 4.5 MB instead of 6.8, and the seed article reads 446 of their pages of 4 KiB instead of 866.
    std::vector<PatternLevel::Node> flat(nodes_.size() + 1);  // and the end marker
    std::vector<std::uint8_t> digits;
    digits.reserve(digits_.size());
    std::vector<std::int32_t> order{0};  // builder nodes in flat order; the root is flat[0]
    order.reserve(nodes_.size());
    std::vector<std::int32_t> children;
    for (std::size_t index = 0; index < order.size(); ++index) {
        const Node& node = nodes_[static_cast<std::size_t>(order[index])];
        children.clear();
        for (std::int32_t c = node.first_child; c >= 0; c = nodes_[static_cast<std::size_t>(c)].next_sibling)
            children.push_back(c);
        std::sort(children.begin(), children.end(), [this](std::int32_t a, std::int32_t b) {
            return nodes_[static_cast<std::size_t>(a)].letter < nodes_[static_cast<std::size_t>(b)].letter;
        });
        PatternLevel::Node& out = flat[index];
        out.first_child = static_cast<std::uint32_t>(order.size());
        out.letter = static_cast<std::uint32_t>(node.letter);
        out.digits_offset = static_cast<std::uint32_t>(digits.size());
        if (node.digits_offset >= 0) {
            const auto from = digits_.begin() + node.digits_offset;
            digits.insert(digits.end(), from, from + node.digits_count);
        }
        order.insert(order.end(), children.begin(), children.end());
    }
    flat.back().first_child = static_cast<std::uint32_t>(order.size());
    flat.back().digits_offset = static_cast<std::uint32_t>(digits.size());
    return PatternLevel(std::move(flat), std::move(digits));
}

std::u32string decode_line(std::string_view line, bool utf8) {
    if (utf8) return decode_utf8(line);
    std::u32string out;
    out.reserve(line.size());
    for (char c : line) out.push_back(static_cast<unsigned char>(c));
    return out;
}

// decode_line into a buffer reused from line to line.
std::u32string_view decode_line_reusing(std::string_view line, bool utf8) {
    thread_local std::u32string buffer;
    buffer.clear();
    if (utf8) {
        buffer = decode_utf8(line);
    } else {
        for (char c : line) buffer.push_back(static_cast<unsigned char>(c));
    }
    return buffer;
}

int number_after(std::string_view line, std::size_t keyword_length) {
    std::string_view rest = line.substr(keyword_length);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    int value = 0;
    std::from_chars(rest.data(), rest.data() + rest.size(), value);
    return value;
}

// The comma-separated NOHYPHEN list.
std::vector<std::u32string> split_no_hyphen(const std::u32string& list) {
    std::vector<std::u32string> out;
    std::u32string current;
    for (char32_t c : list) {
        if (c == U',') {
            if (!current.empty()) out.push_back(current);
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty()) out.push_back(current);
    return out;
}

struct LevelSettings {
    HyphenMins mins;
    std::vector<std::u32string> no_hyphen;
};

// One pattern line such as ".ab3a4s": letters and the digits between them.
void add_pattern_line(TrieBuilder& level, std::u32string_view line) {
    thread_local std::u32string letters;
    thread_local std::vector<std::uint8_t> digits;
    letters.clear();
    digits.assign(1, kNone);
    for (char32_t c : line) {
        if (c <= U' ') break;
        if (c >= U'0' && c <= U'9') {
            digits.back() = static_cast<std::uint8_t>(c - U'0');
        } else {
            letters.push_back(c);
            digits.push_back(kNone);
        }
    }
    if (!letters.empty()) level.add(letters, digits);
}

// Reads lines into one level until NEXTLEVEL or the end; returns true when NEXTLEVEL was seen.
bool read_level(std::string_view& rest, bool utf8, TrieBuilder& level, LevelSettings& settings) {
    level.reserve(rest.size() / 4);  // measured: about one node per four bytes of Debian's files
    while (!rest.empty()) {
        const std::size_t end = rest.find('\n');
        std::string_view line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        while (!line.empty() && (line.back() == '\r' || line.back() == '\n')) line.remove_suffix(1);
        if (line.empty() || line.front() == '%' || line.front() == '#') continue;
        if (line.starts_with("NEXTLEVEL")) return true;
        if (line.starts_with("LEFTHYPHENMIN")) {
            settings.mins.left = number_after(line, 13);
        } else if (line.starts_with("RIGHTHYPHENMIN")) {
            settings.mins.right = number_after(line, 14);
        } else if (line.starts_with("COMPOUNDLEFTHYPHENMIN")) {
            settings.mins.compound_left = number_after(line, 21);
        } else if (line.starts_with("COMPOUNDRIGHTHYPHENMIN")) {
            settings.mins.compound_right = number_after(line, 22);
        } else if (line.starts_with("NOHYPHEN")) {
            std::string_view list = line.substr(8);
            while (!list.empty() && (list.front() == ' ' || list.front() == '\t')) list.remove_prefix(1);
            settings.no_hyphen = split_no_hyphen(decode_line(list, utf8));
        } else {
            const std::size_t slash = line.find('/');  // non-standard replacements are not used here
            add_pattern_line(level, decode_line_reusing(line.substr(0, slash), utf8));
        }
    }
    return false;
}

// No break after the first (min - 1) code points.
void clear_left(std::vector<std::uint8_t>& hyphens, int min) {
    for (int i = 0; i + 1 < min && i < static_cast<int>(hyphens.size()); ++i)
        hyphens[static_cast<std::size_t>(i)] = 0;
}

// No break that leaves fewer than min code points on the right.
void clear_right(std::vector<std::uint8_t>& hyphens, int min) {
    const int n = static_cast<int>(hyphens.size());
    for (int j = n - 1, count = 0; count < min && j > 0; --j, ++count)
        hyphens[static_cast<std::size_t>(j)] = 0;
}

// One level applied to a word: hyphens[i] is the digit after code point i (libhyphen's hnj_hyphen_hyph_).
void hyphenate_level(const PatternDictionary& dict, std::size_t level, std::u32string_view word,
                     std::vector<std::uint8_t>& hyphens, int compound_left, int compound_right, bool left_end,
                     bool right_end) {
    const std::size_t n = word.size();
    std::u32string prepared;
    prepared.reserve(n + 2);
    prepared.push_back(U'.');
    for (char32_t c : word) prepared.push_back(c >= U'0' && c <= U'9' ? U'.' : c);
    prepared.push_back(U'.');
    std::vector<std::uint8_t> values(prepared.size(), 0);
    dict.levels[level].apply(prepared, values);
    hyphens.assign(n, 0);
    for (std::size_t i = 0; i + 1 < n; ++i) hyphens[i] = values[i + 1];

    if (level + 1 >= dict.levels.size()) return;
    std::size_t begin = 0;
    std::vector<std::uint8_t> part;
    for (std::size_t i = 0; i < n; ++i) {
        if (!((hyphens[i] & 1) || (begin > 0 && i + 1 == n))) continue;
        if (i > begin) {
            const std::u32string segment(prepared.substr(begin + 1, i - begin + 1));
            hyphenate_level(dict, level, segment, part, compound_left, compound_right,
                            begin > 0 ? false : left_end, (hyphens[i] & 1) ? false : right_end);
            for (std::size_t j = 0; j < i - begin; ++j) hyphens[begin + j] = part[j];
        }
        begin = i + 1;
    }
    if (begin == 0) {
        hyphenate_level(dict, level + 1, word, hyphens, compound_left, compound_right, left_end, right_end);
        if (!left_end) clear_left(hyphens, compound_left);
        if (!right_end) clear_right(hyphens, compound_right);
    }
}

}  // namespace

// A root without children, and the end marker.
PatternLevel::PatternLevel() : PatternLevel(std::vector<Node>{Node{1, 0, 0}, Node{1, 0, 0}}, {}) {}

PatternLevel::PatternLevel(std::vector<Node> nodes, std::vector<std::uint8_t> digits)
    : own_nodes_(std::move(nodes)), own_digits_(std::move(digits)), nodes_(own_nodes_), digits_(own_digits_) {
    index_root();
}

PatternLevel::PatternLevel(std::span<const Node> nodes, std::span<const std::uint8_t> digits)
    : nodes_(nodes), digits_(digits) {
    index_root();
}

void PatternLevel::index_root() {
    for (std::size_t letter = 0; letter < root_children_.size(); ++letter)
        root_children_[letter] = find_child(0, static_cast<char32_t>(letter));
}

std::int32_t PatternLevel::find_child(std::int32_t node, char32_t letter) const {
    const auto index = static_cast<std::size_t>(node);
    const std::size_t size = nodes_.size();  // the end marker included
    if (index + 1 >= size) return -1;
    // The children come after their parent and before the end marker; anything else is a damaged trie.
    const std::size_t begin = nodes_[index].first_child;
    const std::size_t end = nodes_[index + 1].first_child;
    if (begin >= end || begin <= index || end >= size) return -1;
    // The last child whose letter is not above `letter`, found without branching on the letters (the
    // processor cannot guess those branches; a chosen pointer costs it nothing).
    std::size_t at = begin;
    for (std::size_t count = end - begin; count > 1;) {
        const std::size_t half = count / 2;
        at = nodes_[at + half].letter <= static_cast<std::uint32_t>(letter) ? at + half : at;
        count -= half;
    }
    return nodes_[at].letter == static_cast<std::uint32_t>(letter) ? static_cast<std::int32_t>(at) : -1;
}

void PatternLevel::apply(std::u32string_view prepared, std::vector<std::uint8_t>& values) const {
    const std::size_t n = prepared.size();
    // reach[s]: one past the last end e for which prepared[s..e] is a trie path; the node of prepared[s..e]
    // for e < reach[s] is path[first[s] + e - s].
    thread_local std::vector<std::size_t> reach, first;
    thread_local std::vector<std::int32_t> path;
    reach.resize(n);
    first.resize(n);
    path.clear();
    for (std::size_t s = 0; s < n; ++s) {
        first[s] = path.size();
        std::int32_t node = 0;
        std::size_t e = s;
        while (e < n) {
            node = child(node, prepared[e]);
            if (node < 0) break;
            path.push_back(node);
            ++e;
        }
        reach[s] = e;
    }
    // The automaton's state after prepared[e]: the longest suffix ending at e that is a trie path. Its
    // start s never moves back as e grows (reach[s] <= e stays true for larger e), so the scan is linear.
    std::size_t s = 0;
    for (std::size_t e = 0; e < n; ++e) {
        while (s <= e && reach[s] <= e) ++s;
        if (s > e) continue;
        // A node on a path is a child, so the next node exists (find_child checked it).
        const auto found = static_cast<std::size_t>(path[first[s] + (e - s)]);
        const std::size_t from = nodes_[found].digits_offset;
        const std::size_t to = nodes_[found + 1].digits_offset;
        if (from >= to || to > digits_.size()) continue;
        // digit k sits before letter k of the pattern, i.e. after prepared[s + k - 1].
        for (std::size_t k = 0; k < to - from; ++k) {
            const std::uint8_t digit = digits_[from + k];
            if (digit == 0) continue;
            const std::ptrdiff_t at = static_cast<std::ptrdiff_t>(s) + static_cast<std::ptrdiff_t>(k) - 1;
            if (at < 0 || at >= static_cast<std::ptrdiff_t>(n)) continue;
            std::uint8_t& slot = values[static_cast<std::size_t>(at)];
            slot = std::max(slot, digit);
        }
    }
}

PatternDictionary parse_pattern_dictionary(std::string_view bytes) {
    const std::size_t first_end = bytes.find('\n');
    std::string_view charset = bytes.substr(0, first_end);
    while (!charset.empty() && (charset.back() == '\r' || charset.back() == ' ')) charset.remove_suffix(1);
    const bool utf8 = charset == "UTF-8";
    if (!utf8 && charset != "ISO8859-1") throw Error("hyphenation dictionary with unsupported charset");
    std::string_view rest =
        first_end == std::string_view::npos ? std::string_view{} : bytes.substr(first_end + 1);

    PatternDictionary dict;
    TrieBuilder first;
    LevelSettings first_settings;
    const bool two_levels = read_level(rest, utf8, first, first_settings);
    if (two_levels) {
        TrieBuilder second;
        LevelSettings second_settings;
        read_level(rest, utf8, second, second_settings);
        dict.levels.push_back(first.finish());
        dict.levels.push_back(second.finish());
        dict.mins = first_settings.mins;
        dict.no_hyphen = first_settings.no_hyphen;
        return dict;
    }
    // libhyphen's default compound level: breaks at hyphens and apostrophes only.
    TrieBuilder compound;
    add_pattern_line(compound, U"1-1");
    add_pattern_line(compound, U"1'1");
    if (utf8) {
        add_pattern_line(compound, U"1\u20131");
        add_pattern_line(compound, U"1\u20191");
        dict.no_hyphen = {U"'", U"\u2013", U"\u2019", U"-"};
    } else {
        dict.no_hyphen = {U"'", U"-"};
    }
    dict.levels.push_back(compound.finish());
    dict.levels.push_back(first.finish());
    const HyphenMins& file = first_settings.mins;
    dict.mins.left = file.left;
    dict.mins.right = file.right;
    dict.mins.compound_left = file.compound_left ? file.compound_left : (file.left ? file.left : 3);
    dict.mins.compound_right = file.compound_right ? file.compound_right : (file.right ? file.right : 3);
    return dict;
}

std::vector<bool> hyphenate_word(const PatternDictionary& dict, std::u32string_view word, HyphenMins wanted) {
    const int left = std::max(wanted.left, dict.mins.left);
    const int right = std::max(wanted.right, dict.mins.right);
    const int compound_left = std::max(wanted.compound_left, dict.mins.compound_left);
    const int compound_right = std::max(wanted.compound_right, dict.mins.compound_right);
    std::vector<std::uint8_t> hyphens;
    hyphenate_level(dict, 0, word, hyphens, compound_left, compound_right, true, true);
    clear_left(hyphens, left > 0 ? left : 2);
    clear_right(hyphens, right > 0 ? right : 2);
    for (const std::u32string& no : dict.no_hyphen) {
        for (std::size_t at = word.find(no); at != std::u32string_view::npos; at = word.find(no, at + 1)) {
            hyphens[at + no.size() - 1] = 0;
            if (at >= 1) hyphens[at - 1] = 0;
        }
    }
    std::vector<bool> breaks(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) breaks[i] = (hyphens[i] & 1) != 0;
    return breaks;
}

}  // namespace folio::pdf
