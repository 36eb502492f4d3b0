// Tests for the PDF writer on every corpus article read with the text reader: the checks of DESIGN.md.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "input/text/text_reader.hpp"
#include "output/common/labels.hpp"
#include "output/pdf/pdf_writer.hpp"
#include "pdf_test_support.hpp"
#include "tests/support/test_data.hpp"

namespace folio {
namespace {

using pdf_test::count;
using pdf_test::squeeze;

struct Article {
    std::string name;
    nlohmann::json expect;
    Document doc;
    std::string pdf;
    std::vector<std::string> warnings;
};

const Article& article(const std::string& name) {
    static std::map<std::string, Article> cache;
    auto it = cache.find(name);
    if (it != cache.end()) return it->second;
    const std::string base = std::string(FOLIO_TEST_DATA) + "/corpus/" + name;
    Article a;
    a.name = name;
    a.expect = nlohmann::json::parse(test::read_file(base + ".expect.json"));
    Diagnostics diagnostics;
    a.doc = read_text(test::read_file(base + ".txt"), ReadOptions{name + ".txt"}, diagnostics);
    Diagnostics write_diagnostics;
    a.pdf = write_pdf(a.doc, WriteOptions{}, write_diagnostics);
    a.warnings = write_diagnostics.warnings;
    return cache.emplace(name, std::move(a)).first->second;
}

// Everything the model says the PDF prints, in order (to know how often a text may legitimately occur).
std::string model_text(const Document& doc) {
    std::string all = doc.meta.kicker + doc.meta.title + doc.meta.subtitle + doc.meta.date_text;
    for (const Person& person : doc.meta.authors) all += person.name;
    for (const Block& block : doc.blocks) {
        all += block_plain_text(block);
        if (const auto* figure = std::get_if<Figure>(&block)) all += figure->credit;
        if (const auto* quote = std::get_if<BlockQuote>(&block)) all += quote->attribution;
    }
    for (const Person& person : doc.meta.authors) all += to_plain_text(person.bio);
    return squeeze(all);
}

class CorpusPdf : public testing::TestWithParam<std::string> {};

TEST_P(CorpusPdf, QpdfCheckIsCleanAndEveryFontIsEmbedded) {
    const Article& a = article(GetParam());
    pdf_test::PdfFile file(a.pdf, a.name + "-check");
    int status = -1;
    const std::string check = file.qpdf_check(&status);
    EXPECT_EQ(status, 0) << check;
    EXPECT_NE(check.find("No syntax or stream encoding errors"), std::string::npos) << check;
    const std::vector<std::string> fonts = pdf_test::font_rows(file.pdffonts());
    ASSERT_FALSE(fonts.empty());
    for (const std::string& row : fonts)
        EXPECT_TRUE(std::regex_search(row, std::regex("Identity-H +yes +yes +yes"))) << row;
    EXPECT_TRUE(a.warnings.empty()) << a.warnings.front();
}

TEST_P(CorpusPdf, TitleKickerCaptionsCreditsParagraphsAndBiosComeBackOnce) {
    const Article& a = article(GetParam());
    pdf_test::PdfFile file(a.pdf, a.name + "-text");
    const std::string title = a.expect.at("title").get<std::string>();
    const std::string raw = pdf_test::without_footers(pdf_test::without_lines(file.text_raw(), title));
    const std::string text = squeeze(raw);
    const std::string model = model_text(a.doc);
    auto expect_once = [&](const std::string& expected) {
        const std::string needle = squeeze(expected);
        ASSERT_FALSE(needle.empty());
        EXPECT_EQ(count(text, needle), std::max(1, count(model, needle))) << expected << "\n---\n" << raw;
    };
    expect_once(title);
    if (a.expect.at("kicker").is_string()) expect_once(a.expect.at("kicker").get<std::string>());
    if (a.expect.at("subtitle").is_string()) expect_once(a.expect.at("subtitle").get<std::string>());
    for (const auto& figure : a.expect.at("figures")) {
        if (figure.at("caption").is_string()) expect_once(figure.at("caption").get<std::string>());
        if (figure.at("credit").is_string()) expect_once(figure.at("credit").get<std::string>());
    }
    for (const auto& author : a.expect.at("authors"))
        if (author.at("bio").is_string()) expect_once(author.at("bio").get<std::string>());
    int paragraphs = 0;
    for (const Block& block : a.doc.blocks) {
        if (const auto* p = std::get_if<Paragraph>(&block)) {
            expect_once(to_plain_text(p->content));
            ++paragraphs;
        }
    }
    EXPECT_GE(paragraphs, a.expect.at("paragraph_count").get<int>());
    for (const char* letters : {"ä", "ö", "ü", "ß", "“", "”", "«", "»", "부산"}) {
        const int in_model = count(model, letters);
        if (in_model > 0) {
            EXPECT_GE(count(text, letters), in_model) << letters;
        }
    }
}

TEST_P(CorpusPdf, InfoLanguageAndOutline) {
    const Article& a = article(GetParam());
    pdf_test::PdfFile file(a.pdf, a.name + "-meta");
    const std::string info = file.pdfinfo();
    EXPECT_EQ(pdf_test::info_field(info, "Title"), a.expect.at("title").get<std::string>());
    const std::string authors = pdf_test::info_field(info, "Author");
    if (!a.expect.at("authors").empty()) {
        EXPECT_FALSE(authors.empty()) << info;
    }
    for (const auto& author : a.expect.at("authors"))
        EXPECT_NE(authors.find(author.at("name").get<std::string>()), std::string::npos) << authors;
    const std::string lang = a.expect.at("lang").get<std::string>();
    EXPECT_NE(file.catalog().find("/Lang (" + lang + ")"), std::string::npos) << file.catalog();

    std::vector<std::string> expected{a.expect.at("title").get<std::string>()};
    for (const auto& heading : a.expect.at("headings")) expected.push_back(heading.get<std::string>());
    bool bios = false;
    for (const auto& author : a.expect.at("authors")) bios = bios || author.at("bio").is_string();
    if (bios) expected.emplace_back(about_authors_label(lang, a.expect.at("authors").size()));
    EXPECT_EQ(file.outline_titles(), expected);
}

TEST(CorpusPdfBusan, HangulIsSetInTheFallbackFontAndExtractable) {
    const Article& a = article("de_busan_hafen");
    pdf_test::PdfFile file(a.pdf, "busan-hangul");
    EXPECT_NE(file.pdffonts().find("NanumGothic"), std::string::npos);
    const std::string text = squeeze(pdf_test::without_footers(file.text_raw()));
    EXPECT_GE(count(text, "(부산항)"), 1);
    EXPECT_GE(count(text, "(부산)"), 1);
}

INSTANTIATE_TEST_SUITE_P(Articles, CorpusPdf,
                         testing::Values("de_nordkorea_waffen", "de_busan_hafen", "de_chile_lithium",
                                         "en_digital_ids", "en_west_balkans", "fr_agriculteurs_latin1"));

}  // namespace
}  // namespace folio
