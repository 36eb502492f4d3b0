// Tests for the native JSON reader: exact round trips with the writer, leniency on nulls, precise errors.
#include <gtest/gtest.h>

#include "input/json/json_reader.hpp"
#include "output/json/json_writer.hpp"
#include "tests/unit/output/json/sample_document.hpp"

namespace folio {

namespace {

Document read(std::string_view json, Diagnostics& diag) {
    ReadOptions options;
    options.source_name = "test.json";
    return read_json(json, options, diag);
}

Document read(std::string_view json) {
    Diagnostics diag;
    return read(json, diag);
}

std::string write(const Document& doc) {
    Diagnostics diag;
    return write_json(doc, WriteOptions{}, diag);
}

// The reason read_json throws for `json`, or "" when it does not throw.
std::string error_for(std::string_view json) {
    try {
        read(json);
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

std::string with_blocks(std::string_view blocks) {
    return R"({"format":"folio","version":1,"meta":{},"blocks":[)" + std::string(blocks) + "]}";
}

}  // namespace

TEST(JsonReader, SampleRoundTripsToTheSameDocumentAndBytes) {
    const Document doc = testing::sample_document();
    const std::string json = write(doc);
    const Document back = read(json);
    EXPECT_TRUE(back == doc);
    EXPECT_EQ(back.meta.authors.at(0).bio, doc.meta.authors.at(0).bio);
    EXPECT_EQ(std::get<Paragraph>(back.blocks.at(2)).content, std::get<Paragraph>(doc.blocks.at(2)).content);
    EXPECT_EQ(write(back), json);
}

TEST(JsonReader, EdgeCasesRoundTripExactly) {
    Document doc;
    doc.blocks.push_back(Paragraph{{text("eins "), text("zwei")}, "lead"});
    doc.blocks.push_back(Paragraph{{text("")}, ""});
    doc.blocks.push_back(Paragraph{{}, ""});
    doc.blocks.push_back(Heading{6, {emphasis({})}});
    Figure figure;
    figure.caption = {strong({text("fett")}), text(" Bild")};
    doc.blocks.push_back(figure);
    doc.blocks.push_back(List{true, {}});
    doc.blocks.push_back(List{false, {plain(""), {code("x"), line_break()}}});
    doc.blocks.push_back(BlockQuote{{}, ""});
    doc.blocks.push_back(Note{{link("", {})}});
    doc.meta.keywords = {"", "한국"};
    doc.meta.authors.push_back(Person{});
    EXPECT_TRUE(read(write(doc)) == doc);
    EXPECT_EQ(write(read(write(doc))), write(doc));
    EXPECT_TRUE(read(write(Document{})) == Document{});
}

TEST(JsonReader, PrefersInlinesOverText) {
    const Document doc = read(with_blocks(
        R"({"type":"paragraph","text":"ignored","inlines":[{"type":"emphasis","children":[{"type":"text","text":"a"}]}]})"));
    ASSERT_EQ(doc.blocks.size(), 1u);
    const Inlines expected = {emphasis({text("a")})};
    EXPECT_EQ(std::get<Paragraph>(doc.blocks[0]).content, expected);
}

TEST(JsonReader, EveryBlocksTextIsReadAndStandsInForAMissingCaptionOrItems) {
    Diagnostics diag;
    const Document doc = read(with_blocks(R"({"type":"list","text":"eins\n\nzwei"},
        {"type":"figure","text":"Bildtext"},
        {"type":"figure","caption":"Bildunterschrift","text":"anders"},
        {"type":"list","items":["a"],"text":"b"},{"type":"break","text":""})"),
                              diag);
    EXPECT_TRUE(diag.warnings.empty()) << diag.warnings.front();
    ASSERT_EQ(doc.blocks.size(), 5u);
    EXPECT_EQ(std::get<List>(doc.blocks[0]).items, (std::vector<Inlines>{plain("eins"), plain("zwei")}));
    EXPECT_EQ(std::get<Figure>(doc.blocks[1]).caption, plain("Bildtext"));
    EXPECT_EQ(std::get<Figure>(doc.blocks[2]).caption, plain("Bildunterschrift"));
    EXPECT_EQ(std::get<List>(doc.blocks[3]).items, (std::vector<Inlines>{plain("a")}));
}

TEST(JsonReader, MissingAndNullMembersAreEmpty) {
    const Document doc = read(R"({"format":"folio","version":1})");
    EXPECT_TRUE(doc == Document{});
    const Document nulls = read(R"({"format":"folio","version":1,"meta":{"title":null,"authors":null},
        "blocks":[{"type":"heading","text":"H"},{"type":"list","items":null},{"type":"figure"}]})");
    EXPECT_TRUE(nulls.meta.title.empty());
    ASSERT_EQ(nulls.blocks.size(), 3u);
    EXPECT_EQ(std::get<Heading>(nulls.blocks[0]).level, 2);
    EXPECT_TRUE(std::get<List>(nulls.blocks[1]).items.empty());
    EXPECT_TRUE(std::get<Figure>(nulls.blocks[2]) == Figure{});
}

TEST(JsonReader, AcceptsAUtf8BomAndWarnsAboutUnknownMembers) {
    Diagnostics diag;
    const Document doc = read("\xEF\xBB\xBF" + with_blocks(R"({"type":"break","colour":"red"})"), diag);
    ASSERT_EQ(doc.blocks.size(), 1u);
    EXPECT_TRUE(std::holds_alternative<ThematicBreak>(doc.blocks[0]));
    ASSERT_EQ(diag.warnings.size(), 1u);
    EXPECT_NE(diag.warnings[0].find("blocks[0].colour"), std::string::npos);
}

TEST(JsonReader, Utf16OrUtf32JsonIsRefusedWithTheReason) {
    for (const std::string& bytes : {std::string("\xFF\xFE{\0}\0", 6), std::string("\xFE\xFF\0{\0}", 6),
                                     std::string("{\0\0\0}\0\0\0", 8)}) {
        const std::string error = error_for(bytes);
        EXPECT_NE(error.find("UTF-16 or UTF-32"), std::string::npos) << error;
        EXPECT_EQ(error.find('\xFF'), std::string::npos) << error;
    }
}

TEST(JsonReader, InvalidJsonNamesThePosition) {
    const std::string reason = error_for("{\"format\": \"folio\",\n  garbage}");
    EXPECT_TRUE(reason.starts_with("invalid JSON: ")) << reason;
    EXPECT_NE(reason.find("line 2, column 3"), std::string::npos) << reason;
    EXPECT_TRUE(error_for("").starts_with("invalid JSON"));
    EXPECT_TRUE(error_for("\x89PNG\r\n").starts_with("invalid JSON"));
    EXPECT_TRUE(error_for("{\"format\":\"folio\",\"version\":1,\"meta\":{\"title\":\"\xC3\x28\"}}")
                    .starts_with("invalid JSON"));
}

TEST(JsonReader, NumbersOutOfRangeAreInvalidJsonWithTheReason) {
    for (const std::string number : {"-1e309", "1e400", "4.5e99999"}) {
        const std::string reason = error_for(with_blocks(R"({"type":"heading","level":)" + number + "}"));
        EXPECT_EQ(reason, "invalid JSON: number overflow parsing '" + number + "'");
    }
    // A float, however large, is no heading level; a huge integer is named as too large.
    EXPECT_EQ(error_for(with_blocks(R"({"type":"heading","level":1e300})")),
              "blocks[0].level: expected an integer, got number");
    EXPECT_EQ(error_for(with_blocks(R"({"type":"heading","level":18446744073709551615})")),
              "blocks[0].level: number 18446744073709551615 is too large");
}

TEST(JsonReader, AMemberGivenTwiceIsRefusedWithItsPlace) {
    EXPECT_EQ(error_for(R"({"format":"folio","version":1,"blocks":[{"type":"paragraph","text":"kept?"}],)"
                        R"("blocks":[]})"),
              "duplicate member \"blocks\" in the top-level object");
    EXPECT_EQ(error_for(R"({"format":"folio","version":1,"meta":{"title":"A","lang":"de","title":"B"}})"),
              "duplicate member \"title\" in meta");
    EXPECT_EQ(error_for(R"({"format":"folio","version":1,"meta":{"authors":[{"name":"A"},)"
                        R"({"name":"B","bio":null,"bio":"x"}]}})"),
              "duplicate member \"bio\" in meta.authors[1]");
    EXPECT_EQ(error_for(with_blocks(R"({"type":"note"},{"type":"note","inlines":[{"type":"text","text":"a",)"
                                    R"("text":"b"}]})")),
              "duplicate member \"text\" in blocks[1].inlines[0]");
    EXPECT_EQ(error_for(R"({"format":"folio","format":"folio","version":1})"),
              "duplicate member \"format\" in the top-level object");
    // A name spelled with escapes is the same name; the same name in different objects is fine.
    EXPECT_EQ(error_for(R"({"format":"folio","version":1,"meta":{"title":"A","titl\u0065":"B"}})"),
              "duplicate member \"title\" in meta");
    EXPECT_EQ(error_for(with_blocks(R"({"type":"note","text":"a"},{"type":"note","text":"b"})")), "");
}

TEST(JsonReader, RejectsWhatIsNotFolioJson) {
    EXPECT_EQ(error_for("[1,2]"), "not folio JSON: the top level is array, expected an object");
    EXPECT_EQ(error_for(R"({"version":1})"),
              "not folio JSON: the top-level object has no \"format\": \"folio\"");
    EXPECT_EQ(error_for(R"({"format":"pandoc","version":1})"),
              "not folio JSON: \"format\" is \"pandoc\", expected \"folio\"");
    EXPECT_EQ(error_for(R"({"format":"folio","version":2})"),
              "unsupported folio JSON version 2 (this folio reads version 1)");
    EXPECT_EQ(error_for(R"({"format":"folio","version":"1"})"),
              "unsupported folio JSON version \"1\" (this folio reads version 1)");
    EXPECT_EQ(error_for(R"({"format":"folio"})"), "folio JSON without a \"version\"");
}

TEST(JsonReader, UnknownBlockOrInlineTypeIsAnError) {
    EXPECT_EQ(error_for(with_blocks(R"({"type":"paragraph"},{"type":"chart"})")),
              "blocks[1]: unknown block type \"chart\" (known: paragraph, heading, figure, list, blockquote, "
              "note, break, table)");
    EXPECT_EQ(error_for(with_blocks(R"({"text":"x"})")), "blocks[0]: block without a \"type\"");
    EXPECT_EQ(error_for(with_blocks(R"({"type":"note","inlines":[{"type":"blink"}]})")),
              "blocks[0].inlines[0]: unknown inline type \"blink\" (known: text, emphasis, strong, link, "
              "linebreak, code)");
}

TEST(JsonReader, WrongTableCellsAndSpansNameTheMember) {
    EXPECT_EQ(error_for(with_blocks(R"({"type":"table","rows":[["a",3]]})")),
              "blocks[0].rows[0][1]: expected a string or an object, got number");
    EXPECT_EQ(error_for(with_blocks(R"({"type":"table","rows":["a"]})")),
              "blocks[0].rows[0]: expected an array of cells, got string");
    EXPECT_EQ(error_for(with_blocks(R"({"type":"table","rows":[[{"text":"a","colspan":0}]]})")),
              "blocks[0].rows[0][0].colspan: a column span is 1 to 1000, not 0");
    EXPECT_EQ(error_for(with_blocks(R"({"type":"table","rows":[["a"]],"align":["middle"]})")),
              "blocks[0].align[0]: an alignment is \"left\", \"center\", \"right\" or null, not \"middle\"");
}

TEST(JsonReader, WrongFieldTypesNameTheMember) {
    EXPECT_EQ(error_for(R"({"format":"folio","version":1,"meta":{"title":3}})"),
              "meta.title: expected a string or null, got number");
    EXPECT_EQ(error_for(R"({"format":"folio","version":1,"meta":[]})"),
              "meta: expected an object, got array");
    EXPECT_EQ(error_for(R"({"format":"folio","version":1,"meta":{"keywords":["a",1]}})"),
              "meta.keywords[1]: expected a string, got number");
    EXPECT_EQ(error_for(R"({"format":"folio","version":1,"meta":{"authors":[{"bio_inlines":{}}]}})"),
              "meta.authors[0].bio_inlines: expected an array of inlines, got object");
    EXPECT_EQ(error_for(R"({"format":"folio","version":1,"blocks":{}})"),
              "blocks: expected an array or null, got object");
    EXPECT_EQ(error_for(with_blocks(R"("paragraph")")), "blocks[0]: expected an object, got string");
    EXPECT_EQ(error_for(with_blocks(R"({"type":"heading","level":"2"})")),
              "blocks[0].level: expected an integer, got string");
    EXPECT_EQ(error_for(with_blocks(R"({"type":"heading","level":9})")),
              "blocks[0].level: a heading level is 1 to 6, not 9");
    EXPECT_EQ(error_for(with_blocks(R"({"type":"list","ordered":"yes"})")),
              "blocks[0].ordered: expected true or false, got string");
    EXPECT_EQ(error_for(with_blocks(R"({"type":"list","items":[true]})")),
              "blocks[0].items[0]: expected a string, got boolean");
}

TEST(JsonReader, DeeplyNestedInlinesAreAnErrorNotACrash) {
    std::string tree;
    for (int i = 0; i < 5000; ++i) tree += R"({"type":"strong","children":[)";
    tree += R"({"type":"text","text":"x"})";
    for (int i = 0; i < 5000; ++i) tree += "]}";
    const std::string reason = error_for(with_blocks(R"({"type":"note","inlines":[)" + tree + "]}"));
    EXPECT_NE(reason.find("nested too deeply: JSON objects in arrays more than 200"), std::string::npos)
        << reason;
}

}  // namespace folio
