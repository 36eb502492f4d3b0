// Several inputs and one output make one book: EPUB, HTML, text and JSON (read back), feeds, the book's
// metadata, and inputs that fail.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "tests/cli/folio_process.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_data.hpp"

namespace folio::test {
namespace {

// The corpus's text articles and saved pages, as a user names them.
std::vector<std::string> corpus_inputs() {
    std::vector<std::string> inputs;
    for (const std::string& name : text_articles()) inputs.push_back(data_path(name + ".txt").string());
    for (const std::string& name : html_articles()) inputs.push_back(data_path(name + ".html").string());
    return inputs;
}

std::vector<std::string> with(std::vector<std::string> arguments, const std::vector<std::string>& more) {
    arguments.insert(arguments.end(), more.begin(), more.end());
    return arguments;
}

TEST(CliCollection, CorpusAsOneEpubPassesEpubcheckAndListsEveryArticleWithItsAuthors) {
    const TempDir dir;
    const auto epub = dir / "dossier.epub";
    const ProcessResult result = run_folio(with(corpus_inputs(), {"-o", epub.string()}));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string check =
        shell_output("java -jar /usr/share/java/epubcheck.jar --failonwarnings '" + epub.string() + "' 2>&1");
    EXPECT_NE(check.find("No errors or warnings detected"), std::string::npos) << check;
    const std::string nav = shell_output("unzip -p '" + epub.string() + "' EPUB/nav.xhtml");
    EXPECT_NE(
        nav.find(">So wahrscheinlich sind nordkoreanische Waffenlieferungen an Russland \u2014 Frederic "
                 "Spohr und Jannik Krahe</a>"),
        std::string::npos)
        << nav;
    EXPECT_NE(
        nav.find(">Digital identity in Europe: the wallet in your pocket is coming \u2014 Hannah Okafor</a>"),
        std::string::npos);
    // One content document per article, each with its figure's caption, credit and bios marked as in a
    // single-article book.
    const std::string listing = shell_output("unzip -l '" + epub.string() + "'");
    EXPECT_NE(listing.find("EPUB/article-" + std::to_string(corpus_inputs().size()) + ".xhtml"),
              std::string::npos);
    const std::string seed = shell_output("unzip -p '" + epub.string() + "' EPUB/article-3.xhtml");
    EXPECT_NE(seed.find("Kremlchef Wladimir Putin begr\u00fc\u00dft Nordkoreas Diktator Kim Jong Un"),
              std::string::npos);
    EXPECT_NE(seed.find("role=\"doc-credit\""), std::string::npos);
    EXPECT_NE(seed.find("class=\"authors\""), std::string::npos);
    const std::string opf = shell_output("unzip -p '" + epub.string() + "' EPUB/package.opf");
    EXPECT_NE(opf.find("<dc:creator id=\"creator-1\">Sophie Kr\u00e4mer</dc:creator>"), std::string::npos)
        << opf;
    EXPECT_NE(opf.find("und 7 weitere</dc:title>"), std::string::npos);
}

TEST(CliCollection, JsonOfABookReadsBackByteForByte) {
    const TempDir dir;
    const auto json = dir / "book.json";
    ASSERT_EQ(run_folio(with(corpus_inputs(), {"-o", json.string()})).exit_code, 0);
    const std::string written = read_file(json);
    EXPECT_NE(written.find("\"format\": \"folio-collection\""), std::string::npos);
    const ProcessResult again = run_folio({json.string(), "-t", "json"});
    ASSERT_EQ(again.exit_code, 0) << again.err;
    EXPECT_EQ(again.out, written);
}

TEST(CliCollection, DocbookBookIsValidAndReadsBackToTheSameBook) {
    const TempDir dir;
    const auto xml = dir / "book.xml";
    ASSERT_EQ(run_folio(with(corpus_inputs(), {"-o", xml.string()})).exit_code, 0);
    const std::string book = read_file(xml);
    EXPECT_NE(book.find("<book xmlns=\"http://docbook.org/ns/docbook\""), std::string::npos);
    EXPECT_EQ(shell_output("jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng '" + xml.string() +
                           "' 2>/dev/null; echo $?"),
              "0\n");
    const ProcessResult direct = run_folio(with(corpus_inputs(), {"-t", "json"}));
    const ProcessResult via_docbook = run_folio({xml.string(), "-t", "json"});
    ASSERT_EQ(via_docbook.exit_code, 0) << via_docbook.err;
    EXPECT_EQ(via_docbook.out, direct.out);
}

TEST(CliCollection, HtmlPageHoldsEveryArticleWithUniqueIdsAndItsContents) {
    const TempDir dir;
    const auto html = dir / "book.html";
    ASSERT_EQ(run_folio(with(corpus_inputs(), {"-o", html.string()})).exit_code, 0);
    const std::string page = read_file(html);
    const std::regex id_pattern("id=\"([^\"]+)\"");
    std::set<std::string> ids;
    for (auto it = std::sregex_iterator(page.begin(), page.end(), id_pattern); it != std::sregex_iterator();
         ++it)
        EXPECT_TRUE(ids.insert((*it)[1]).second) << "id twice: " << (*it)[1];
    for (std::size_t i = 1; i <= corpus_inputs().size(); ++i) {
        const std::string target = "a" + std::to_string(i) + "-title";
        EXPECT_TRUE(ids.contains(target)) << target;
        EXPECT_NE(page.find("href=\"#" + target + "\""), std::string::npos) << target;
    }
    // The English articles in a German book say so.
    EXPECT_NE(page.find("<article class=\"article\" lang=\"en\" xml:lang=\"en\">"), std::string::npos);
}

TEST(CliCollection, TextBookHasItsContentsAndStaysWithinTheColumns) {
    const ProcessResult result = run_folio(with(corpus_inputs(), {"-t", "text", "--columns", "60"}));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    EXPECT_NE(result.out.find("Inhalt\n------\n1. Busan: Die Hafenstadt"), std::string::npos)
        << result.out.substr(0, 600);
    for (const std::string& line : lines_of(result.out)) {
        if (line.find(' ') == std::string::npos)
            continue;  // one word longer than the line (a URL) stays whole
        const auto code_points =
            std::count_if(line.begin(), line.end(), [](char c) { return (c & 0xC0) != 0x80; });
        EXPECT_LE(code_points, 60) << line;
    }
}

TEST(CliCollection, MetadataOptionsNameTheBook) {
    const ProcessResult result = run_folio(
        with(corpus_inputs(), {"-t", "json", "-M", "title=Korea-Dossier", "-M", "author=Mara Lind"}));
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::size_t articles = result.out.find("\"articles\"");
    ASSERT_NE(articles, std::string::npos);
    const std::string book_meta = result.out.substr(0, articles);
    EXPECT_NE(book_meta.find("\"title\": \"Korea-Dossier\""), std::string::npos) << book_meta;
    EXPECT_NE(book_meta.find("\"name\": \"Mara Lind\""), std::string::npos);
    EXPECT_EQ(book_meta.find("Frederic Spohr"), std::string::npos);  // an editor stands for the book
}

TEST(CliCollection, AFailedInputStopsTheBookUnlessSkipFailed) {
    const TempDir dir;
    const auto epub = dir / "book.epub";
    const std::string missing = (dir / "missing.txt").string();
    const std::vector<std::string> inputs = {data_path("corpus/de_nordkorea_waffen.txt").string(), missing};
    const ProcessResult stopped = run_folio(with(inputs, {"-o", epub.string()}));
    EXPECT_EQ(stopped.exit_code, 1);
    EXPECT_NE(stopped.err.find(missing), std::string::npos) << stopped.err;
    EXPECT_FALSE(std::filesystem::exists(epub));
    const ProcessResult skipped = run_folio(with(inputs, {"-o", epub.string(), "--skip-failed"}));
    EXPECT_EQ(skipped.exit_code, 0) << skipped.err;
    EXPECT_NE(skipped.err.find(missing), std::string::npos) << skipped.err;
    EXPECT_NE(skipped.err.find("left out of the book"), std::string::npos) << skipped.err;
    EXPECT_TRUE(std::filesystem::exists(epub));
}

TEST(CliCollection, AFeedBecomesOneEpub) {
    const TempDir dir;
    const auto epub = dir / "feed.epub";
    const ProcessResult result =
        run_folio({data_path("feeds/rss_content.rss").string(), "-o", epub.string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string check =
        shell_output("java -jar /usr/share/java/epubcheck.jar '" + epub.string() + "' 2>&1");
    EXPECT_NE(check.find("No errors or warnings detected"), std::string::npos) << check;
    EXPECT_NE(shell_output("unzip -l '" + epub.string() + "'").find("EPUB/article-2.xhtml"),
              std::string::npos);
}

TEST(CliCollection, AFeedInABatchIsOneBookPerFormat) {
    const TempDir dir;
    const ProcessResult result =
        run_folio({data_path("feeds/atom.atom").string(), data_path("corpus/en_digital_ids.txt").string(),
                   "-t", "text,json", "-d", (dir / "out").string()});
    ASSERT_EQ(result.exit_code, 0) << result.err;
    const std::string text = read_file(dir / "out" / "feeds" / "atom.txt");
    EXPECT_NE(text.find("Contents\n--------\n1. "), std::string::npos) << text.substr(0, 400);
    EXPECT_NE(read_file(dir / "out" / "feeds" / "atom.json").find("\"format\": \"folio-collection\""),
              std::string::npos);
    EXPECT_NE(read_file(dir / "out" / "corpus" / "en_digital_ids.json").find("\"format\": \"folio\""),
              std::string::npos);
}

TEST(CliCollection, PdfStartsEachArticleOnANewPageWithAnOutlineEntry) {
    const TempDir dir;
    const auto pdf = dir / "dossier.pdf";
    ASSERT_EQ(run_folio(with(corpus_inputs(), {"-o", pdf.string()})).exit_code, 0);
    const std::string outline = shell_output("qpdf --json --json-key=outlines '" + pdf.string() + "'");
    for (const char* title : {"So wahrscheinlich sind nordkoreanische Waffenlieferungen an Russland",
                              "Digital identity in Europe: the wallet in your pocket is coming"})
        EXPECT_NE(outline.find(std::string("\"title\": \"") + title + "\""), std::string::npos) << title;
    const std::string tree = shell_output("pdfinfo -struct-text '" + pdf.string() + "'");
    std::size_t arts = 0;
    for (const std::string& line : lines_of(tree)) arts += line == "  Art" ? 1 : 0;
    EXPECT_EQ(arts, corpus_inputs().size());
    // The contents name each article's first page, where its title stands at the top.
    const std::string contents = shell_output("pdftotext -f 1 -l 1 -raw '" + pdf.string() + "' -");
    EXPECT_NE(contents.find("Inhalt"), std::string::npos) << contents;
    const std::string third = shell_output("pdftotext -f 6 -l 6 -raw '" + pdf.string() + "' -");
    EXPECT_EQ(third.rfind("Nordkorea", 0), 0u) << third.substr(0, 200);
}

}  // namespace
}  // namespace folio::test
