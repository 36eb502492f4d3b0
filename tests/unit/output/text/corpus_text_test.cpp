// Every corpus article as plain text: each paragraph, caption, credit and bio exactly once, lines within
// width.
#include <gtest/gtest.h>

#include <filesystem>
#include <sstream>

#include "input/text/text_reader.hpp"
#include "output/common/line_wrap.hpp"
#include "output/text/text_writer.hpp"
#include "tests/support/test_data.hpp"
#include "tests/support/text_checks.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

using test::occurrences;
using test::unwrapped;

// The texts that must appear exactly once: paragraphs, notes, quotes, captions, credits, bios.
std::vector<std::string> texts_to_find(const Document& doc) {
    std::vector<std::string> texts;
    for (const Block& block : doc.blocks) {
        if (const auto* figure = std::get_if<Figure>(&block)) {
            texts.push_back(to_plain_text(figure->caption));
            texts.push_back(figure->credit);
        } else if (std::holds_alternative<Paragraph>(block) || std::holds_alternative<Note>(block) ||
                   std::holds_alternative<BlockQuote>(block)) {
            texts.push_back(block_plain_text(block));
        }
    }
    for (const Person& author : doc.meta.authors) texts.push_back(to_plain_text(author.bio));
    std::erase_if(texts, [](const std::string& text) { return text.empty(); });
    return texts;
}

WriteOptions with_columns(int columns) {
    WriteOptions options;
    options.columns = columns;
    return options;
}

ReadOptions named(const fs::path& path) {
    ReadOptions options;
    options.source_name = path.string();
    return options;
}

class CorpusText : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(CorpusText, EveryTextOnceAndLinesWithinTheWidth) {
    const fs::path path = test::data_path(GetParam() + ".txt");
    Diagnostics diag;
    const Document doc = read_text(test::read_file(path), named(path), diag);
    ASSERT_FALSE(texts_to_find(doc).empty());
    for (int columns : {72, 40}) {
        const std::string out = write_text(doc, with_columns(columns), diag);
        const std::string flat = unwrapped(out);
        for (const std::string& text : texts_to_find(doc))
            EXPECT_EQ(occurrences(flat, unwrapped(text)), 1) << columns << ": " << text;
        std::istringstream lines(out);
        for (std::string line; std::getline(lines, line);) {
            if (unwrapped(line).find(' ') != std::string::npos) {
                EXPECT_LE(display_width(line), columns) << line;
            }
        }
        EXPECT_TRUE(out.ends_with("\n") && !out.ends_with("\n\n"));
    }
}

INSTANTIATE_TEST_SUITE_P(Corpus, CorpusText, ::testing::ValuesIn(test::text_articles()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                             return test::test_name(info.param);
                         });

}  // namespace folio
