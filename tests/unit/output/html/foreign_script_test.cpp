// Runs of text in another script than the article's get their language; the article's own script and
// Latin text do not.
#include "output/html/foreign_script.hpp"

#include <gtest/gtest.h>
#include <unicode/uscript.h>

#include <cstdint>
#include <string>
#include <vector>

namespace folio {

namespace {

// Each run as "lang:text".
std::vector<std::string> runs(std::string_view text, std::string_view lang) {
    std::vector<std::string> out;
    for (const ScriptRun& run : foreign_script_runs(text, lang))
        out.push_back(run.lang + ":" + std::string(text.substr(run.begin, run.end - run.begin)));
    return out;
}

}  // namespace

TEST(ForeignScript, RunsKeepSpacesBetweenLettersOfOneScriptButNotAround) {
    EXPECT_EQ(runs("Kim Jong Un (김정은 위원장) sagte", "de"), std::vector<std::string>{"ko:김정은 위원장"});
    EXPECT_EQ(runs("Αθήνα und Москва", "de"), (std::vector<std::string>{"el:Αθήνα", "und-Cyrl:Москва"}));
}

TEST(ForeignScript, KanaMakesJapaneseHanAloneSaysNoLanguage) {
    EXPECT_EQ(runs("Der Film 千と千尋の神隠し lief", "de"), std::vector<std::string>{"ja:千と千尋の神隠し"});
    EXPECT_EQ(runs("Das Zeichen 中国 steht", "en"), std::vector<std::string>{"und-Hani:中国"});
}

TEST(ForeignScript, TheArticlesOwnScriptAndLatinAreNotMarked) {
    EXPECT_TRUE(runs("Nordkorea und Südkorea, café, naïve", "de").empty());
    EXPECT_TRUE(runs("김정은 위원장이 Putin을 만났다", "ko").empty());
    EXPECT_TRUE(runs("Путин встретился с Ким Чен Ыном", "ru").empty());
    EXPECT_EQ(runs("Путин и 김정은", "ru"), std::vector<std::string>{"ko:김정은"});
}

// Text of Latin letters, punctuation and diacritics alone is passed over without looking up its scripts:
// every code point of those blocks is Latin, Common or Inherited in ICU, so none can open a run; a single
// foreign letter among them still does.
TEST(ForeignScript, LatinAndPunctuationBlocksHoldNoForeignScript) {
    for (char32_t c = 0; c < 0x3000; ++c) {
        if (!is_latin_or_common_block(c)) continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(static_cast<UChar32>(c), &status);
        ASSERT_TRUE(script == USCRIPT_LATIN || script == USCRIPT_COMMON || script == USCRIPT_INHERITED)
            << "U+" << std::hex << static_cast<std::uint32_t>(c);
    }
    EXPECT_FALSE(is_latin_or_common_block(0x2B0));   // Spacing Modifier Letters hold Bopomofo (U+02EA)
    EXPECT_FALSE(is_latin_or_common_block(0x370));   // Greek
    EXPECT_FALSE(is_latin_or_common_block(0x2065));  // unassigned: its script is Unknown
    EXPECT_TRUE(runs("Straße „Zitat“ – naïve Œuvre, ǅ ɐ 12 ‰", "el").empty());
    EXPECT_EQ(runs("„Zitat“ – \u02EA", "de"), std::vector<std::string>{"und-Bopo:\u02EA"});
}

TEST(ForeignScript, SpansAreAddedOutsideElementsThatAlreadyHaveALanguage) {
    pugi::xml_document doc;
    pugi::xml_node p = doc.append_child("p");
    p.append_child(pugi::node_pcdata).set_value("Kim (김정은) und ");
    pugi::xml_node quoted = p.append_child("q");
    quoted.append_attribute("lang") = "ko";
    quoted.append_child(pugi::node_pcdata).set_value("안녕하세요");
    mark_foreign_script_runs(p, "de");
    EXPECT_STREQ(p.first_child().value(), "Kim (");
    EXPECT_STREQ(p.child("span").attribute("lang").value(), "ko");
    EXPECT_STREQ(p.child("span").attribute("xml:lang").value(), "ko");
    EXPECT_STREQ(p.child("span").child_value(), "김정은");
    EXPECT_STREQ(p.child("span").next_sibling().value(), ") und ");
    EXPECT_STREQ(p.child("q").child_value(), "안녕하세요");
    EXPECT_FALSE(p.child("q").child("span"));
}

}  // namespace folio
