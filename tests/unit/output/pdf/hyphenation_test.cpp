// Tests for the PDF writer's hyphenation: our .dic loader gives libhyphen's break points, fast.
#include <gtest/gtest.h>
#include <hyphen.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <set>
#include <string>

#include "formats/diagnostics.hpp"
#include "formats/utf8.hpp"
#include "output/pdf/hyphenation.hpp"
#include "pdf_test_support.hpp"
#include "tests/support/test_data.hpp"

namespace folio::pdf {
namespace {

std::string with_hyphens(std::u32string_view word, const std::vector<bool>& points) {
    std::string out;
    for (std::size_t i = 0; i < word.size(); ++i) {
        append_utf8(out, word[i]);
        if (points[i]) out += '-';
    }
    return out;
}

std::string ours(const char* lang, const std::string& word, HyphenMins mins) {
    const PatternDictionary* dict = hyphenation_dictionary(lang);
    EXPECT_NE(dict, nullptr);
    if (dict == nullptr) return {};
    const std::u32string w = decode_utf8(word);
    return with_hyphens(w, hyphenate_word(*dict, w, mins));
}

// libhyphen's answer for a lower-case word (utf8: the dictionary's charset).
std::string theirs(HyphenDict* dict, std::u32string_view word, bool utf8, HyphenMins mins) {
    std::string bytes;
    if (utf8) {
        bytes = encode_utf8(word);
    } else {
        for (char32_t c : word) bytes.push_back(static_cast<char>(c));
    }
    std::vector<char> hyphens(bytes.size() + 5, 0);
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    hnj_hyphen_hyphenate3(dict, bytes.c_str(), static_cast<int>(bytes.size()), hyphens.data(), nullptr, &rep,
                          &pos, &cut, mins.left, mins.right, mins.compound_left, mins.compound_right);
    std::vector<bool> points(word.size());
    for (std::size_t i = 0; i < word.size(); ++i) points[i] = (hyphens[i] & 1) != 0;
    std::free(rep);
    std::free(pos);
    std::free(cut);
    return with_hyphens(word, points);
}

// Every distinct lower-case word of the corpus articles in one language.
std::set<std::u32string> corpus_words(const std::string& prefix, bool latin1_only) {
    std::set<std::u32string> words;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(FOLIO_TEST_DATA) + "/corpus")) {
        const std::string name = entry.path().filename().string();
        if (!name.starts_with(prefix) || entry.path().extension() != ".txt") continue;
        std::string bytes = test::read_file(entry.path());
        std::u32string text;
        if (name.find("latin1") != std::string::npos) {
            for (char c : bytes) text.push_back(static_cast<unsigned char>(c));
        } else {
            text = decode_utf8(bytes);
        }
        std::u32string word;
        for (char32_t c : text) {
            if (u_isalpha(static_cast<UChar32>(c))) {
                word.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
                continue;
            }
            bool fits = true;
            for (char32_t w : word) fits = fits && (!latin1_only || w < 256);
            if (word.size() >= 2 && fits) words.insert(word);
            word.clear();
        }
    }
    return words;
}

void expect_same_as_libhyphen(const char* lang, const char* file, const std::string& prefix, bool utf8) {
    HyphenDict* dict = hnj_hyphen_load(file);
    ASSERT_NE(dict, nullptr);
    const HyphenMins mins{2, 3, 2, 2};
    const std::set<std::u32string> words = corpus_words(prefix, !utf8);
    ASSERT_GT(words.size(), 150u);
    int hyphenated = 0;
    for (const std::u32string& word : words) {
        const std::string expected = theirs(dict, word, utf8, mins);
        EXPECT_EQ(ours(lang, encode_utf8(word), mins), expected);
        if (expected.find('-') != std::string::npos) ++hyphenated;
    }
    EXPECT_GT(hyphenated, 50);
    hnj_hyphen_free(dict);
}

TEST(PdfHyphenation, GermanCompoundsAsLibhyphenSplitsThem) {
    const HyphenMins libhyphen_defaults{2, 2, 0, 0};
    EXPECT_EQ(ours("de", "waffenlieferungen", libhyphen_defaults), "waf-fen-lie-fe-run-gen");
    EXPECT_EQ(ours("de", "nahrungsmitteln", libhyphen_defaults), "nah-rungs-mit-teln");
    EXPECT_EQ(ours("de", "kooperationsvorhaben", libhyphen_defaults), "ko-ope-ra-ti-ons-vor-ha-ben");
    EXPECT_EQ(ours("de", "größenordnung", libhyphen_defaults), "grö-ßen-ord-nung");
    EXPECT_EQ(ours("de", "schifffahrt", libhyphen_defaults), "schiff-fahrt");
    EXPECT_EQ(ours("de", "zucker", libhyphen_defaults), "zu-cker");
}

TEST(PdfHyphenation, EnglishMatchesLibhyphenOnTheCorpus) {
    expect_same_as_libhyphen("en", "/usr/share/hyphen/hyph_en_US.dic", "en_", true);
}

TEST(PdfHyphenation, FrenchMatchesLibhyphenOnTheCorpus) {
    expect_same_as_libhyphen("fr", "/usr/share/hyphen/hyph_fr.dic", "fr_", true);
}

TEST(PdfHyphenation, PrintedWordsKeepCaseAndMinimumLengths) {
    const PatternDictionary* dict = hyphenation_dictionary("de-DE");
    ASSERT_NE(dict, nullptr);
    EXPECT_EQ(dict, hyphenation_dictionary("de"));  // one shared dictionary per file
    const std::u32string word = U"Waffenlieferungen";
    EXPECT_EQ(with_hyphens(word, hyphenation_points(*dict, word)), "Waf-fen-lie-fe-run-gen");
    const std::u32string hyphenated = U"UN-Sanktionen";
    EXPECT_EQ(with_hyphens(hyphenated, hyphenation_points(*dict, hyphenated)), "UN-Sank-ti-o-nen");
    const std::u32string short_word = U"Haus";
    EXPECT_EQ(with_hyphens(short_word, hyphenation_points(*dict, short_word)), "Haus");
    EXPECT_EQ(hyphenation_dictionary("xx"), nullptr);
}

TEST(PdfHyphenation, LetterRunsLongerThanAnyWordAreLeftWhole) {
    const PatternDictionary* dict = hyphenation_dictionary("de");
    ASSERT_NE(dict, nullptr);
    std::u32string run;
    while (run.size() < 64) run += U"waffenlieferungen";
    run.resize(64);
    const auto count = [](const std::vector<bool>& points) {
        return std::count(points.begin(), points.end(), true);
    };
    EXPECT_GT(count(hyphenation_points(*dict, run)), 5);
    const std::u32string longer = run + U"w";
    EXPECT_EQ(count(hyphenation_points(*dict, longer)), 0);
    // Only the overlong run is left whole; the words around it are hyphenated as always.
    const std::u32string joined = U"Waffenlieferungen-" + longer + U"-Waffenlieferungen";
    EXPECT_EQ(with_hyphens(joined, hyphenation_points(*dict, joined)),
              "Waf-fen-lie-fe-run-gen-" + encode_utf8(longer) + "-Waf-fen-lie-fe-run-gen");
}

TEST(PdfHyphenation, ParsesBothLevelsAndSettings) {
    const PatternDictionary dict =
        parse_pattern_dictionary("UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nb1c\n");
    ASSERT_EQ(dict.levels.size(), 2u);  // libhyphen's default compound level plus the file's patterns
    EXPECT_EQ(dict.mins.left, 1);
    EXPECT_EQ(dict.mins.compound_left, 1);
    const std::vector<bool> points = hyphenate_word(dict, U"abcd", HyphenMins{1, 1, 1, 1});
    EXPECT_EQ(with_hyphens(U"abcd", points), "ab-cd");
    EXPECT_THROW(parse_pattern_dictionary("KOI8-R\nab1c\n"), Error);
}

// The flat trie is in level order, so that the levels near the root, which nearly every walk goes through,
// lie together: every node's children are contiguous and sorted, the children lists follow one another in
// the order of their parents, and so do the digits; each node's children and digits end where the next
// node's begin. Checked on every level of Debian's German patterns.
TEST(PdfHyphenation, NodesAndDigitsAreInLevelOrder) {
    const PatternDictionary small = parse_pattern_dictionary("UTF-8\nab1cdef\nab1x\nq1r\n");
    const PatternDictionary* german = hyphenation_dictionary("de");
    ASSERT_NE(german, nullptr);
    for (const PatternDictionary* dict : {&small, german}) {
        for (const PatternLevel& level : dict->levels) {
            const auto nodes = level.nodes();
            ASSERT_GE(nodes.size(), 2u);  // a root and the end marker
            std::size_t lists = 1;        // nodes placed in children lists so far, after the root
            std::size_t with_digits = 0;  // nodes where a pattern ends
            for (std::size_t i = 0; i + 1 < nodes.size(); ++i) {
                const std::size_t begin = nodes[i].first_child, end = nodes[i + 1].first_child;
                ASSERT_EQ(begin, lists) << "node " << i;  // right after the previous node's children
                ASSERT_LE(begin, end) << "node " << i;
                if (begin < end) {
                    ASSERT_GT(begin, i) << "node " << i;
                }
                for (std::size_t c = begin + 1; c < end; ++c) ASSERT_LT(nodes[c - 1].letter, nodes[c].letter);
                lists = end;
                ASSERT_LE(nodes[i].digits_offset, nodes[i + 1].digits_offset) << "node " << i;
                with_digits += nodes[i].digits_offset < nodes[i + 1].digits_offset;
            }
            EXPECT_EQ(lists, nodes.size() - 1);  // every node but the root and the marker is someone's child
            EXPECT_EQ(nodes.front().digits_offset, 0u);
            EXPECT_EQ(nodes.back().digits_offset, level.digits().size());
            if (dict == &small && &level == &dict->levels[1]) {
                EXPECT_EQ(with_digits, 3u);
            }
        }
    }
    // The root's children a, q; their children b, r; b's children c, x; then d, e, f down c's chain.
    const auto nodes = small.levels[1].nodes();
    std::u32string run;
    for (std::size_t i = nodes[0].first_child; i + 1 < nodes.size(); ++i)
        run.push_back(static_cast<char32_t>(nodes[i].letter));
    EXPECT_TRUE(run == U"aqbrcxdef");
}

}  // namespace
}  // namespace folio::pdf
