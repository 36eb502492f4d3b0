// Tests for display widths and ICU-based line wrapping (whole words, prefixes, Hangul, threads).
#include <gtest/gtest.h>

#include <future>
#include <sstream>

#include "output/common/line_wrap.hpp"

namespace folio {

namespace {

std::vector<std::string> words_of(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> words;
    for (std::string word; in >> word;) words.push_back(word);
    return words;
}

std::string joined_words(const std::vector<std::string>& lines) {
    std::string all;
    for (const std::string& line : lines) all += line + " ";
    std::string out;
    for (const std::string& word : words_of(all)) out += (out.empty() ? "" : " ") + word;
    return out;
}

const std::string german =
    "Nordkoreas Staatschef Kim Jong Un und der russische Präsident Wladimir Putin haben sich am Kosmodrom "
    "Wostotschny getroffen, einem Weltraumbahnhof im Osten Russlands. Die Größenordnung möglicher "
    "Waffenlieferungen ist unklar; „Granaten“ für die Artillerie gelten als wahrscheinlich.";

}  // namespace

TEST(DisplayWidth, CountsColumnsNotBytes) {
    EXPECT_EQ(display_width(""), 0);
    EXPECT_EQ(display_width("abc"), 3);
    EXPECT_EQ(display_width("Grüße"), 5);
    EXPECT_EQ(display_width("u\xCC\x88"), 1);  // u + combining diaeresis
    EXPECT_EQ(display_width("김정은"), 6);
    EXPECT_EQ(display_width("Ａ"), 2);  // fullwidth
    EXPECT_EQ(display_width("ｱ"), 1);   // halfwidth katakana
    EXPECT_EQ(display_width("a\xC2\xAD"
                            "b"),
              2);  // soft hyphen is invisible
    EXPECT_EQ(display_width("„“—"), 3);
}

TEST(WrapLines, KeepsEveryWordWholeAndWithinTheWidth) {
    for (int columns : {20, 40, 72}) {
        const std::vector<std::string> lines = wrap_lines(german, columns);
        EXPECT_GT(lines.size(), 1u);
        for (const std::string& line : lines) {
            EXPECT_LE(display_width(line), columns) << line;
            EXPECT_FALSE(line.ends_with(" "));
            EXPECT_FALSE(line.starts_with(" "));
        }
        EXPECT_EQ(joined_words(lines), joined_words({german})) << columns;
    }
}

TEST(WrapLines, FillsLinesGreedily) {
    EXPECT_EQ(wrap_lines("aa bb cc dd", 5), (std::vector<std::string>{"aa bb", "cc dd"}));
    EXPECT_EQ(wrap_lines("aa bb cc dd", 8), (std::vector<std::string>{"aa bb cc", "dd"}));
    EXPECT_EQ(wrap_lines("Größe Übel", 5), (std::vector<std::string>{"Größe", "Übel"}));
}

TEST(WrapLines, AWordWiderThanTheLineStaysWholeOnItsOwnLine) {
    EXPECT_EQ(wrap_lines("ab Donaudampfschifffahrt cd", 10),
              (std::vector<std::string>{"ab", "Donaudampfschifffahrt", "cd"}));
    EXPECT_EQ(wrap_lines("https://example.org/a/very/long/path", 10),
              (std::vector<std::string>{"https://example.org/a/very/long/path"}));
}

TEST(WrapLines, NeverBreaksAtAHyphenOrDash) {
    EXPECT_EQ(wrap_lines("gegen UN-Sanktionen", 9), (std::vector<std::string>{"gegen", "UN-Sanktionen"}));
    EXPECT_EQ(wrap_lines("die 152-mm-Granaten", 10), (std::vector<std::string>{"die", "152-mm-Granaten"}));
    EXPECT_EQ(wrap_lines("2019–2023 und", 6), (std::vector<std::string>{"2019–2023", "und"}));
}

TEST(WrapLines, KeepsPunctuationWithItsWord) {
    EXPECT_EQ(wrap_lines("Vraiment\u00a0? Oui", 9), (std::vector<std::string>{"Vraiment\u00a0?", "Oui"}));
    EXPECT_EQ(wrap_lines("Wer sagt „Nein“", 9), (std::vector<std::string>{"Wer sagt", "„Nein“"}));
}

TEST(WrapLines, MayBreakBetweenCjkIdeographs) {
    EXPECT_EQ(wrap_lines("東京都庁", 4), (std::vector<std::string>{"東京", "都庁"}));
}

TEST(WrapLines, ANoBreakSpaceBeforeABreakStaysOnTheLine) {
    EXPECT_EQ(wrap_lines("Ukraine.\u00a0 Laut Kirby", 10),
              (std::vector<std::string>{"Ukraine.\u00a0", "Laut Kirby"}));
    EXPECT_EQ(wrap_lines("10\u00a0000 Euro", 6), (std::vector<std::string>{"10\u00a0000", "Euro"}));
}

TEST(WrapLines, HangingPrefixes) {
    const std::vector<std::string> lines = wrap_lines("eins zwei drei vier fünf", 12, {"• ", "  "});
    EXPECT_EQ(lines, (std::vector<std::string>{"• eins zwei", "  drei vier", "  fünf"}));
    EXPECT_EQ(wrap_lines("a b", 10, {"    ", "    "}), (std::vector<std::string>{"    a b"}));
}

TEST(WrapLines, NewlinesAreHardBreaks) {
    EXPECT_EQ(wrap_lines("eins\nzwei drei", 40), (std::vector<std::string>{"eins", "zwei drei"}));
    EXPECT_EQ(wrap_lines("a\n\nb", 40), (std::vector<std::string>{"a", "", "b"}));
    EXPECT_EQ(wrap_lines("a\nb", 40, {"1. ", "   "}), (std::vector<std::string>{"1. a", "   b"}));
    EXPECT_EQ(wrap_text("a b\nc", 40), "a b\nc");
    EXPECT_EQ(wrap_lines("", 40), (std::vector<std::string>{""}));
}

TEST(WrapLines, HangulWrapsAtSpacesCountingTwoColumnsPerSyllable) {
    const std::string korean = "김정은 국무위원장은 블라디미르 푸틴 대통령과 보스토치니 우주기지에서 만났다.";
    const std::vector<std::string> lines = wrap_lines(korean, 20);
    EXPECT_GT(lines.size(), 2u);
    for (const std::string& line : lines) EXPECT_LE(display_width(line), 20) << line;
    EXPECT_EQ(lines.front(), "김정은 국무위원장은");
    EXPECT_EQ(joined_words(lines), korean);
    for (const std::string& word : words_of(korean)) {
        bool whole = false;
        for (const std::string& line : lines)
            for (const std::string& on_line : words_of(line)) whole = whole || on_line == word;
        EXPECT_TRUE(whole) << word;
    }
}

TEST(WrapLines, SameResultOnEveryThread) {
    const std::vector<std::string> expected = wrap_lines(german, 33);
    std::vector<std::future<std::vector<std::string>>> results;
    for (int i = 0; i < 4; ++i)
        results.push_back(std::async(std::launch::async, [] {
            std::vector<std::string> lines;
            for (int round = 0; round < 50; ++round) lines = wrap_lines(german, 33);
            return lines;
        }));
    for (auto& result : results) EXPECT_EQ(result.get(), expected);
}

}  // namespace folio
