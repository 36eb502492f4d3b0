// validate_docbook (libxml2 RELAX NG) and jing agree on the writer's output and reject invalid DocBook.
#include "output/docbook/docbook_validate.hpp"

#include <gtest/gtest.h>

#include <atomic>
#include <thread>

#include "output/docbook/docbook_writer.hpp"
#include "tests/unit/output/docbook/docbook_sample.hpp"
#include "tests/unit/output/docbook/jing.hpp"

namespace folio {

namespace {
std::string sample_xml() {
    Diagnostics diag;
    return write_docbook(docbook_test::sample_document(), WriteOptions{}, diag);
}

std::string joined(const std::vector<std::string>& errors) {
    std::string out;
    for (const std::string& error : errors) out += error + "\n";
    return out;
}
}  // namespace

TEST(DocbookValidate, SampleDocumentIsValidForLibxml2) {
    const std::vector<std::string> errors = validate_docbook(sample_xml());
    EXPECT_TRUE(errors.empty()) << joined(errors);
}

TEST(DocbookValidate, SampleDocumentIsValidForJing) {
    const docbook_test::JingResult jing = docbook_test::run_jing(sample_xml(), "sample");
    EXPECT_EQ(jing.exit_code, 0) << jing.output;
    EXPECT_EQ(jing.output, "");
}

TEST(DocbookValidate, EdgeCaseDocumentsAreValid) {
    std::vector<Document> docs(5);
    docs[4].meta.authors = {Person{"", "", "", plain("Nur Bio.")}, Person{"Cher", "Cher", "", {}},
                            Person{"van der Berg", "", "van der Berg", {}}};
    docs[4].meta.identifier = "folio-1234";
    docs[4].meta.date_text = "le 5 mars";
    docs[4].blocks = {Note{}, BlockQuote{}, Paragraph{{line_break()}, "teaser"}, Heading{2, {}},
                      ThematicBreak{}};
    docs[1].blocks.push_back(Heading{2, plain("Nur eine Überschrift")});
    docs[2].blocks = {Heading{7, plain("zu tief")}, Heading{1, plain("zu hoch")}, Paragraph{plain("x"), ""},
                      Heading{3, plain("a")},       Heading{5, plain("b")},       Paragraph{plain("y"), ""}};
    Figure bare;
    Figure spaced;
    spaced.src = "bilder/ein Bild ä.jpg";
    spaced.media_type = "image/jpeg";
    docs[3].blocks = {bare, spaced, List{false, {}}, Heading{2, plain("h")}, List{true, {}}};
    for (const Document& doc : docs) {
        Diagnostics diag;
        const std::vector<std::string> errors = validate_docbook(write_docbook(doc, WriteOptions{}, diag));
        EXPECT_TRUE(errors.empty()) << joined(errors);
    }
}

TEST(DocbookValidate, InvalidDocbookIsReportedWithLines) {
    const std::string xml =
        "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\">\n<info><title>T</title></info>\n"
        "<bogus/>\n</article>";
    const std::vector<std::string> errors = validate_docbook(xml);
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.front().rfind("line ", 0), 0u);
    const docbook_test::JingResult jing = docbook_test::run_jing(xml, "invalid");
    EXPECT_NE(jing.exit_code, 0);
    EXPECT_NE(jing.output.find("bogus"), std::string::npos);
}

TEST(DocbookValidate, MalformedXmlIsAnError) {
    const std::vector<std::string> errors = validate_docbook("<article><para></article>");
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors.front().rfind("line 1: ", 0), 0u);
}

TEST(DocbookValidate, SharedSchemaGivesTheSameAnswersFromManyThreads) {
    const std::string valid = sample_xml();
    const std::string invalid =
        "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\">\n"
        "<info><title>T</title></info>\n<bogus/>\n</article>";
    const std::vector<std::string> expected_errors = validate_docbook(invalid);
    ASSERT_FALSE(expected_errors.empty());
    std::vector<std::thread> threads;
    std::atomic<int> disagreements{0};
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 5; ++i) {
                if (!validate_docbook(valid).empty()) ++disagreements;
                if (validate_docbook(invalid) != expected_errors) ++disagreements;
            }
        });
    for (std::thread& thread : threads) thread.join();
    EXPECT_EQ(disagreements.load(), 0);
}

}  // namespace folio
