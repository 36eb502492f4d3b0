// Tests for the native JSON writer: envelope, key order, nulls, block fields, inline trees, UTF-8.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "output/json/json_writer.hpp"
#include "tests/unit/output/json/sample_document.hpp"

namespace folio {

namespace {

using Json = nlohmann::ordered_json;

std::string write(const Document& doc, Diagnostics& diag) { return write_json(doc, WriteOptions{}, diag); }

Json write_and_parse(const Document& doc) {
    Diagnostics diag;
    return Json::parse(write(doc, diag));
}

std::vector<std::string> keys_of(const Json& object) {
    std::vector<std::string> keys;
    for (const auto& item : object.items()) keys.push_back(item.key());
    return keys;
}

}  // namespace

TEST(JsonWriter, EnvelopeAndMetaKeysComeInContractOrder) {
    const Json json = write_and_parse(testing::sample_document());
    EXPECT_EQ(keys_of(json), (std::vector<std::string>{"format", "version", "meta", "blocks"}));
    EXPECT_EQ(json["format"], "folio");
    EXPECT_EQ(json["version"], 1);
    EXPECT_EQ(keys_of(json["meta"]),
              (std::vector<std::string>{"title", "subtitle", "kicker", "lang", "date", "date_text", "authors",
                                        "publisher", "source_url", "keywords", "rights", "identifier"}));
}

TEST(JsonWriter, MetaValuesAndEmptyStringsAsNull) {
    const Json meta = write_and_parse(testing::sample_document())["meta"];
    EXPECT_EQ(meta["title"], "So wahrscheinlich sind nordkoreanische Waffenlieferungen an Russland");
    EXPECT_TRUE(meta["subtitle"].is_null());
    EXPECT_EQ(meta["kicker"], "Nordkorea");
    EXPECT_EQ(meta["lang"], "de");
    EXPECT_EQ(meta["date"], "2023-09-12");
    EXPECT_EQ(meta["date_text"], "12.09.2023");
    EXPECT_EQ(meta["publisher"], "Stiftung für die Freiheit");
    EXPECT_EQ(meta["source_url"], "https://example.org/artikel/nordkorea");
    EXPECT_EQ(meta["keywords"], Json::parse(R"(["Nordkorea","Russland","Waffen"])"));
    EXPECT_EQ(meta["rights"], "© 2023 Stiftung");
    EXPECT_EQ(meta["identifier"], "urn:uuid:0b8f2c1e-1111-4222-8333-944455556666");

    const Json empty = write_and_parse(Document{})["meta"];
    for (const char* key : {"title", "subtitle", "kicker", "lang", "date", "date_text", "publisher",
                            "source_url", "rights", "identifier"})
        EXPECT_TRUE(empty[key].is_null()) << key;
    EXPECT_EQ(empty["authors"], Json::array());
    EXPECT_EQ(empty["keywords"], Json::array());
}

TEST(JsonWriter, AuthorsCarryPlainBioAndInlinesOnlyForMarkup) {
    const Json authors = write_and_parse(testing::sample_document())["meta"]["authors"];
    ASSERT_EQ(authors.size(), 2u);
    EXPECT_EQ(keys_of(authors[0]),
              (std::vector<std::string>{"name", "given", "family", "bio", "bio_inlines"}));
    EXPECT_EQ(authors[0]["name"], "Frederic Spohr");
    EXPECT_EQ(authors[0]["given"], "Frederic");
    EXPECT_EQ(authors[0]["family"], "Spohr");
    EXPECT_EQ(authors[0]["bio"],
              "Frederic Spohr leitet das Büro der Friedrich-Naumann-Stiftung für die Freiheit in Seoul.");
    EXPECT_EQ(authors[0]["bio_inlines"][1],
              Json::parse(R"({"type":"link","href":"https://example.org/stiftung",
                              "children":[{"type":"text","text":"Friedrich-Naumann-Stiftung"}]})"));
    EXPECT_EQ(keys_of(authors[1]), (std::vector<std::string>{"name", "given", "family", "bio"}));
    EXPECT_TRUE(authors[1]["given"].is_null());
    EXPECT_TRUE(authors[1]["family"].is_null());
}

TEST(JsonWriter, BlocksCarryTheirFieldsInOrder) {
    const Json blocks = write_and_parse(testing::sample_document())["blocks"];
    ASSERT_EQ(blocks.size(), 10u);
    EXPECT_EQ(blocks[0], Json::parse(R"({"type":"figure","alt":"Putin begrüßt Kim Jong Un",
        "caption":"Kremlchef Wladimir Putin begrüßt Nordkoreas Diktator Kim Jong Un",
        "text":"Kremlchef Wladimir Putin begrüßt Nordkoreas Diktator Kim Jong Un",
        "credit":"© picture alliance / ASSOCIATED PRESS | Vladimir Smirnov",
        "src":"images/putin-kim.jpg","media_type":"image/jpeg"})"));
    EXPECT_EQ(keys_of(blocks[0]),
              (std::vector<std::string>{"type", "alt", "caption", "text", "credit", "src", "media_type"}));
    EXPECT_EQ(keys_of(blocks[1]), (std::vector<std::string>{"type", "role", "text"}));
    EXPECT_EQ(blocks[1]["role"], "lead");
    EXPECT_TRUE(blocks[2]["role"].is_null());
    EXPECT_EQ(blocks[3], Json::parse(R"({"type":"heading","level":2,"text":"Was Russland braucht"})"));
    EXPECT_EQ(blocks[4]["type"], "list");
    EXPECT_EQ(blocks[4]["ordered"], false);
    EXPECT_EQ(blocks[4]["items"], Json::parse(R"(["Artilleriemunition","Raketen vom Typ KN-23"])"));
    EXPECT_EQ(blocks[4]["text"], "Artilleriemunition\nRaketen vom Typ KN-23");
    EXPECT_EQ(blocks[4]["items_inlines"][1][1],
              Json::parse(R"({"type":"strong","children":[{"type":"text","text":"KN-23"}]})"));
    EXPECT_EQ(blocks[5], Json::parse(R"({"type":"list","ordered":true,"items":["erstens","zweitens"],
                                         "text":"erstens\nzweitens"})"));
    EXPECT_EQ(blocks[6],
              Json::parse(R"({"type":"blockquote","text":"„Wir werden die Zusammenarbeit ausbauen.“",
                                         "attribution":"Wladimir Putin"})"));
    EXPECT_EQ(blocks[7],
              Json::parse(R"({"type":"note","text":"Update: Der Artikel wurde am 13.09.2023 ergänzt."})"));
    EXPECT_EQ(blocks[8], Json::parse(R"({"type":"break","text":""})"));
    for (const Json& block : blocks) EXPECT_TRUE(block["text"].is_string()) << block;
}

TEST(JsonWriter, MarkupGetsAFaithfulInlineTreeBesideThePlainText) {
    const Json paragraph = write_and_parse(testing::sample_document())["blocks"][2];
    EXPECT_EQ(keys_of(paragraph), (std::vector<std::string>{"type", "role", "text", "inlines"}));
    EXPECT_EQ(paragraph["text"],
              "Die Größenordnung ist unklar, doch 152-mm-Granaten gelten als wahrscheinlich.\n"
              "Mehr dazu hier und im Code a<b");
    EXPECT_EQ(paragraph["inlines"], Json::parse(R"([
        {"type":"text","text":"Die Größenordnung ist "},
        {"type":"emphasis","children":[{"type":"text","text":"unklar"}]},
        {"type":"text","text":", doch "},
        {"type":"strong","children":[{"type":"text","text":"152-mm-"},
                                     {"type":"emphasis","children":[{"type":"text","text":"Granaten"}]}]},
        {"type":"text","text":" gelten als wahrscheinlich."},
        {"type":"linebreak"},
        {"type":"text","text":"Mehr dazu "},
        {"type":"link","href":"https://example.org/x","children":[{"type":"text","text":"hier"}]},
        {"type":"text","text":" und im Code "},
        {"type":"code","text":"a<b"}])"));
}

TEST(JsonWriter, PlainTextSplitIntoSeveralRunsKeepsItsRuns) {
    Document doc;
    doc.blocks.push_back(Paragraph{{text("eins "), text("zwei")}, ""});
    doc.blocks.push_back(Paragraph{{}, ""});
    const Json blocks = write_and_parse(doc)["blocks"];
    EXPECT_EQ(blocks[0]["text"], "eins zwei");
    EXPECT_EQ(blocks[0]["inlines"].size(), 2u);
    EXPECT_TRUE(blocks[1]["text"].is_null());
    EXPECT_FALSE(blocks[1].contains("inlines"));
}

TEST(JsonWriter, KeepsUtf8AsIsWithTwoSpaceIndentAndOneFinalNewline) {
    Diagnostics diag;
    Document doc = testing::sample_document();
    doc.blocks.push_back(Paragraph{plain("김정은 sagt \"ja\"\t\x01"), ""});
    const std::string out = write(doc, diag);
    EXPECT_TRUE(
        out.starts_with("{\n  \"format\": \"folio\",\n  \"version\": 1,\n  \"meta\": {\n    \"title\""));
    EXPECT_NE(out.find("Größenordnung"), std::string::npos);
    EXPECT_NE(out.find("„Wir werden"), std::string::npos);
    EXPECT_NE(out.find(R"("김정은 sagt \"ja\"\t\u0001")"), std::string::npos);
    EXPECT_EQ(out.find("\\u00f6"), std::string::npos);
    ASSERT_GE(out.size(), 2u);
    EXPECT_EQ(out.back(), '\n');
    EXPECT_NE(out[out.size() - 2], '\n');
    EXPECT_EQ(out, write(doc, diag));
    EXPECT_TRUE(diag.warnings.empty());
}

TEST(JsonWriter, ImageBytesAreNotWrittenAndWithoutSrcAWarningSaysSo) {
    Document doc;
    Figure figure;
    figure.image = {0xFF, 0xD8, 0xFF};
    figure.media_type = "image/jpeg";
    figure.caption = plain("Hafen von Busan");
    doc.blocks.push_back(figure);
    Diagnostics diag;
    const Json json = Json::parse(write(doc, diag));
    EXPECT_TRUE(json["blocks"][0]["src"].is_null());
    EXPECT_FALSE(json["blocks"][0].contains("image"));
    ASSERT_EQ(diag.warnings.size(), 1u);
    EXPECT_NE(diag.warnings[0].find("figure 1"), std::string::npos);

    std::get<Figure>(doc.blocks[0]).src = "busan.jpg";
    Diagnostics with_src;
    write(doc, with_src);
    EXPECT_TRUE(with_src.warnings.empty());
}

TEST(JsonWriter, InvalidUtf8IsReplacedWithAWarning) {
    Document doc;
    doc.meta.title = "kaputt \xC3";
    Diagnostics diag;
    const Json json = Json::parse(write(doc, diag));
    EXPECT_EQ(json["meta"]["title"], "kaputt \xEF\xBF\xBD");
    EXPECT_EQ(diag.warnings.size(), 1u);
}

}  // namespace folio
