// folio's DocBook as other tools render it: docbook-xsl-ns (xsltproc to HTML) prints the kicker, each
// caption, credit and bio exactly once; pandoc reads the kicker, captions, credits and bios.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "input/text/text_reader.hpp"
#include "output/docbook/docbook_writer.hpp"
#include "tests/support/run_command.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_data.hpp"

namespace folio {

namespace {

constexpr const char* kDocbookXsl = "/usr/share/xml/docbook/stylesheet/docbook-xsl-ns/html/docbook.xsl";

void append_utf8(std::string& out, unsigned long code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

// The text of docbook-xsl's HTML (ISO-8859-1 with character references), tags removed, as UTF-8 with
// each run of white space one space.
std::string html_text(const std::string& html) {
    std::string out;
    bool in_tag = false;
    for (std::size_t i = 0; i < html.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(html[i]);
        if (c == '<') in_tag = true;
        if (in_tag) {
            if (c == '>') {
                in_tag = false;
                out += ' ';
            }
            continue;
        }
        if (c == '&') {
            const std::size_t end = html.find(';', i);
            const std::string entity = html.substr(i + 1, end - i - 1);
            if (entity.starts_with("#x"))
                append_utf8(out, std::stoul(entity.substr(2), nullptr, 16));
            else if (entity.starts_with('#'))
                append_utf8(out, std::stoul(entity.substr(1)));
            else
                out += entity == "amp"    ? "&"
                       : entity == "lt"   ? "<"
                       : entity == "gt"   ? ">"
                       : entity == "quot" ? "\""
                                          : " ";
            i = end;
            continue;
        }
        append_utf8(out, c);
    }
    std::string squeezed;
    for (const char c : out) {
        const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
        if (space && (squeezed.empty() || squeezed.back() == ' ')) continue;
        squeezed += space ? ' ' : c;
    }
    return squeezed;
}

std::size_t count(const std::string& haystack, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1))
        ++n;
    return n;
}

// The strings a renderer must print: each caption, credit and bio.
std::vector<std::string> printed_parts(const Document& doc) {
    std::vector<std::string> parts;
    for (const Block& block : doc.blocks) {
        const auto* figure = std::get_if<Figure>(&block);
        if (!figure) continue;
        parts.push_back(to_plain_text(figure->caption));
        parts.push_back(figure->credit);
    }
    for (const Person& person : doc.meta.authors) parts.push_back(to_plain_text(person.bio));
    std::erase(parts, std::string());
    return parts;
}

class DocbookRenderers : public ::testing::TestWithParam<std::string> {
protected:
    void SetUp() override {
        Diagnostics diag;
        ReadOptions options;
        options.source_name = GetParam();
        doc = read_text(test::read_file(test::data_path(GetParam())), options, diag);
        test::write_file(file, write_docbook(doc, WriteOptions{}, diag));
        parts = printed_parts(doc);
        ASSERT_FALSE(doc.meta.kicker.empty());
        ASSERT_GE(parts.size(), 2u);  // a caption and its credit at least
    }

    test::TempDir dir;
    std::filesystem::path file = dir.path() / "article.xml";
    Document doc;
    std::vector<std::string> parts;
};

}  // namespace

TEST_P(DocbookRenderers, DocbookXslPrintsKickerCaptionCreditAndEachBioOnce) {
    const test::CommandResult html =
        test::run_command(std::string("xsltproc --nonet ") + kDocbookXsl + " '" + file.string() + "'");
    ASSERT_EQ(html.exit_code, 0);
    const std::string text = html_text(html.output);
    EXPECT_NE(text.find(doc.meta.title), std::string::npos) << text;
    EXPECT_NE(text.find(doc.meta.kicker), std::string::npos) << text;
    for (const std::string& part : parts) EXPECT_EQ(count(text, part), 1u) << part << "\n" << text;
}

TEST_P(DocbookRenderers, PandocReadsKickerCaptionCreditAndBios) {
    const test::CommandResult plain =
        test::run_command("pandoc --wrap=none -f docbook -t plain '" + file.string() + "'");
    ASSERT_EQ(plain.exit_code, 0);
    EXPECT_TRUE(plain.output.starts_with(doc.meta.kicker + "\n")) << plain.output;
    for (const std::string& part : parts) EXPECT_NE(plain.output.find(part), std::string::npos) << part;
}

INSTANTIATE_TEST_SUITE_P(Corpus, DocbookRenderers,
                         ::testing::Values("corpus/de_nordkorea_waffen.txt", "corpus/en_west_balkans.txt",
                                           "corpus/fr_agriculteurs_latin1.txt", "corpus/de_busan_hafen.txt"),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             return test::test_name(info.param.substr(0, info.param.size() - 4));
                         });

}  // namespace folio
