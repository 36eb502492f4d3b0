// Tests for the EPUB writer: container layout, package metadata, content documents, images,
// navigation and byte-identical output across runs and time zones.
#include <gtest/gtest.h>

#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <regex>
#include <set>

#include "output/epub/epub_writer.hpp"
#include "tests/unit/output/epub/epub_archive.hpp"
#include "tests/unit/output/html/xhtml_checks.hpp"
#include "tests/unit/output/json/sample_document.hpp"

namespace folio {

namespace {

using testing::ArchiveEntry;
using testing::nodes;
using testing::parse_entry;
using testing::text_of;

// Sets an environment variable for the duration of a test, restoring the previous value.
class ScopedEnvironment {
public:
    ScopedEnvironment(const char* name, const char* value) : name_(name) {
        if (const char* old = std::getenv(name)) old_ = old;
        if (value)
            ::setenv(name, value, 1);
        else
            ::unsetenv(name);
        ::tzset();
    }
    ~ScopedEnvironment() {
        if (old_)
            ::setenv(name_, old_->c_str(), 1);
        else
            ::unsetenv(name_);
        ::tzset();
    }
    ScopedEnvironment(const ScopedEnvironment&) = delete;
    ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

private:
    const char* name_;
    std::optional<std::string> old_;
};

std::string write(const Document& doc, const WriteOptions& options = {}) {
    Diagnostics diag;
    return write_epub(doc, options, diag);
}

std::vector<std::uint8_t> test_photo() {
    std::ifstream in(std::filesystem::path(FOLIO_TEST_DATA) / "corpus/images/de_busan_hafen.jpg",
                     std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

Document document_with_subtitle() {
    Document doc = testing::sample_document();
    doc.meta.subtitle = "Was Kim und Putin vereinbart haben";
    return doc;
}

std::vector<std::string> values(pugi::xml_node context, const char* xpath) {
    std::vector<std::string> found;
    for (pugi::xml_node node : nodes(context, xpath)) found.push_back(text_of(node));
    return found;
}

}  // namespace

TEST(EpubWriter, MimetypeComesFirstStoredWithoutExtraField) {
    const std::string epub = write(testing::sample_document());
    EXPECT_EQ(epub.substr(30, 28), "mimetypeapplication/epub+zip");
    const std::vector<ArchiveEntry> entries = testing::read_archive(epub);
    ASSERT_FALSE(entries.empty());
    EXPECT_EQ(entries[0].name, "mimetype");
    EXPECT_EQ(entries[0].method, ZIP_CM_STORE);
    EXPECT_EQ(entries[0].bytes, "application/epub+zip");
    EXPECT_EQ(testing::find_entry(entries, "EPUB/article.xhtml")->method, ZIP_CM_DEFLATE);
}

TEST(EpubWriter, ContainerPointsAtThePackageAndTheManifestListsEveryFile) {
    const std::vector<ArchiveEntry> entries = testing::read_archive(write(testing::sample_document()));
    pugi::xml_document container;
    parse_entry(container, entries, "META-INF/container.xml");
    EXPECT_STREQ(container.select_node("//rootfile").node().attribute("full-path").value(),
                 "EPUB/package.opf");

    pugi::xml_document package;
    parse_entry(package, entries, "EPUB/package.opf");
    std::set<std::string> listed;
    for (pugi::xml_node item : nodes(package, "//manifest/item"))
        listed.insert(std::string("EPUB/") + item.attribute("href").value());
    std::set<std::string> stored;
    for (const ArchiveEntry& entry : entries)
        if (entry.name.starts_with("EPUB/") && entry.name != "EPUB/package.opf") stored.insert(entry.name);
    EXPECT_EQ(listed, stored);
    std::vector<std::string> spine;
    for (pugi::xml_node ref : nodes(package, "//spine/itemref"))
        spine.push_back(ref.attribute("idref").value());
    EXPECT_EQ(spine, (std::vector<std::string>{"cover", "titlepage", "article"}));
    EXPECT_STREQ(package.select_node("//spine").node().attribute("toc").value(), "ncx");
}

TEST(EpubWriter, PackageMetadataDescribesTheArticle) {
    const Document doc = document_with_subtitle();
    const std::vector<ArchiveEntry> entries = testing::read_archive(write(doc));
    pugi::xml_document package;
    parse_entry(package, entries, "EPUB/package.opf");
    const pugi::xml_node metadata = package.select_node("//metadata").node();
    EXPECT_EQ(text_of(metadata.select_node("dc:identifier[@id='pub-id']").node()), doc.meta.identifier);
    EXPECT_STREQ(package.document_element().attribute("unique-identifier").value(), "pub-id");
    EXPECT_EQ(values(metadata, "dc:title"), (std::vector<std::string>{doc.meta.title, doc.meta.subtitle}));
    EXPECT_EQ(text_of(metadata.select_node("meta[@refines='#subtitle'][@property='title-type']").node()),
              "subtitle");
    EXPECT_EQ(values(metadata, "dc:language"), std::vector<std::string>{"de"});
    EXPECT_EQ(values(metadata, "dc:creator"), (std::vector<std::string>{"Frederic Spohr", "Jannik Krahe"}));
    EXPECT_EQ(values(metadata, "meta[@property='role'][@scheme='marc:relators']"),
              (std::vector<std::string>{"aut", "aut"}));
    EXPECT_EQ(text_of(metadata.select_node("meta[@refines='#creator-1'][@property='file-as']").node()),
              "Spohr, Frederic");
    EXPECT_FALSE(metadata.select_node("meta[@refines='#creator-2'][@property='file-as']"));
    EXPECT_EQ(values(metadata, "dc:subject"), (std::vector<std::string>{"Nordkorea", "Russland", "Waffen"}));
    EXPECT_EQ(values(metadata, "dc:date"), std::vector<std::string>{"2023-09-12"});
    EXPECT_EQ(values(metadata, "dc:publisher"), std::vector<std::string>{"Stiftung für die Freiheit"});
    EXPECT_EQ(values(metadata, "dc:description"), std::vector<std::string>{doc.meta.subtitle});
    const std::vector<std::string> modified = values(metadata, "meta[@property='dcterms:modified']");
    ASSERT_EQ(modified.size(), 1U);
    EXPECT_TRUE(std::regex_match(modified[0], std::regex(R"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)")))
        << modified[0];
    for (const char* property :
         {"schema:accessMode", "schema:accessModeSufficient", "schema:accessibilityFeature",
          "schema:accessibilityHazard", "schema:accessibilitySummary"})
        EXPECT_FALSE(nodes(metadata, (std::string("meta[@property='") + property + "']").c_str()).empty())
            << property;
}

TEST(EpubWriter, DerivedIdentifierIsStableAndFollowsTheContent) {
    Document doc = testing::sample_document();
    doc.meta.identifier.clear();
    const auto identifier = [](const Document& d) {
        pugi::xml_document package;
        parse_entry(package, testing::read_archive(write(d)), "EPUB/package.opf");
        return text_of(package.select_node("//dc:identifier").node());
    };
    const std::string first = identifier(doc);
    EXPECT_TRUE(std::regex_match(
        first, std::regex("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")))
        << first;
    EXPECT_EQ(identifier(doc), first);
    doc.blocks.push_back(Paragraph{plain("Ein Absatz mehr."), ""});
    EXPECT_NE(identifier(doc), first);

    doc.meta.identifier = "urn:uuid:not-a-uuid";
    Diagnostics diag;
    write_epub(doc, WriteOptions{}, diag);
    EXPECT_EQ(diag.warnings.size(), 1U);
}

TEST(EpubWriter, ModifiedComesFromSourceDateEpochThenTheArticleDate) {
    const auto modified = [](const Document& d, std::optional<std::string> epoch = std::nullopt) {
        WriteOptions options;
        options.source_date_epoch = std::move(epoch);
        pugi::xml_document package;
        parse_entry(package, testing::read_archive(write(d, options)), "EPUB/package.opf");
        return text_of(package.select_node("//meta[@property='dcterms:modified']").node());
    };
    Document doc = testing::sample_document();
    EXPECT_EQ(modified(doc, "1700000000"), "2023-11-14T22:13:20Z");
    EXPECT_EQ(modified(doc, ""), "2023-09-12T00:00:00Z");
    EXPECT_EQ(modified(doc), "2023-09-12T00:00:00Z");
    doc.meta.date = "12. September";
    EXPECT_EQ(modified(doc), "1980-01-01T00:00:00Z");
}

TEST(EpubWriter, SameInputGivesTheSameBytesInEveryTimeZone) {
    WriteOptions epoch;
    epoch.source_date_epoch = "1700000000";
    const Document doc = testing::sample_document();
    std::string reference;
    {
        ScopedEnvironment zone("TZ", "UTC");
        reference = write(doc, epoch);
    }
    for (const char* zone_name : {"Europe/Berlin", "America/New_York", "Asia/Seoul", "Pacific/Chatham"}) {
        ScopedEnvironment zone("TZ", zone_name);
        EXPECT_EQ(write(doc, epoch), reference) << zone_name;
    }
    // 2023-11-14 22:13:20 UTC as MS-DOS time and date in the first local header.
    const auto u16 = [&](std::size_t at) {
        return static_cast<unsigned>(static_cast<unsigned char>(reference[at])) |
               static_cast<unsigned>(static_cast<unsigned char>(reference[at + 1])) << 8;
    };
    EXPECT_EQ(u16(10), (22U << 11) | (13U << 5) | 10U);
    EXPECT_EQ(u16(12), ((2023U - 1980U) << 9) | (11U << 5) | 14U);
}

TEST(EpubWriter, EveryContentDocumentDeclaresItsLanguage) {
    const std::vector<ArchiveEntry> entries = testing::read_archive(write(testing::sample_document()));
    int documents = 0;
    for (const ArchiveEntry& entry : entries) {
        if (!entry.name.ends_with(".xhtml")) continue;
        ++documents;
        pugi::xml_document page;
        parse_entry(page, entries, entry.name);
        EXPECT_STREQ(page.document_element().attribute("lang").value(), "de") << entry.name;
        EXPECT_STREQ(page.document_element().attribute("xml:lang").value(), "de") << entry.name;
        EXPECT_TRUE(entry.bytes.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>"));
    }
    EXPECT_EQ(documents, 4);
}

TEST(EpubWriter, ArticlePageKeepsCaptionCreditBiosAndEveryParagraph) {
    const Document doc = testing::sample_document();
    pugi::xml_document page;
    parse_entry(page, testing::read_archive(write(doc)), "EPUB/article.xhtml");
    testing::expect_article_content(doc, page);
    EXPECT_STREQ(page.select_node("//body").node().attribute("epub:type").value(), "bodymatter");
    EXPECT_STREQ(page.select_node("//head/link").node().attribute("href").value(), "style.css");
}

TEST(EpubWriter, NavigationHasTableOfContentsLandmarksAndNcx) {
    Document doc = testing::sample_document();
    doc.blocks.push_back(Heading{3, plain("Unterabschnitt")});
    doc.blocks.push_back(Heading{2, plain("Zweiter Abschnitt")});
    const std::vector<ArchiveEntry> entries = testing::read_archive(write(doc));
    pugi::xml_document nav;
    parse_entry(nav, entries, "EPUB/nav.xhtml");
    const pugi::xml_node toc = nav.select_node("//nav[@epub:type='toc']").node();
    ASSERT_TRUE(toc);
    EXPECT_EQ(text_of(toc.child("h1")), "Inhalt");
    EXPECT_STREQ(toc.select_node("ol/li/a").node().attribute("href").value(), "article.xhtml");
    std::vector<std::string> sections;
    for (pugi::xml_node link : nodes(toc, "ol/li/ol/li/a"))
        sections.push_back(link.attribute("href").value());
    EXPECT_EQ(sections, (std::vector<std::string>{"article.xhtml#section-1", "article.xhtml#section-3",
                                                  "article.xhtml#authors"}));
    EXPECT_EQ(text_of(toc.select_node("ol/li/ol/li/ol/li/a").node()), "Unterabschnitt");
    std::vector<std::string> landmarks;
    for (pugi::xml_node link : nodes(nav, "//nav[@epub:type='landmarks']//a"))
        landmarks.push_back(link.attribute("epub:type").value());
    EXPECT_EQ(landmarks, (std::vector<std::string>{"cover", "titlepage", "bodymatter"}));

    pugi::xml_document ncx;
    parse_entry(ncx, entries, "EPUB/toc.ncx");
    EXPECT_STREQ(ncx.select_node("//meta[@name='dtb:uid']").node().attribute("content").value(),
                 doc.meta.identifier.c_str());
    EXPECT_EQ(nodes(ncx, "//navPoint").size(), 5U);
    EXPECT_EQ(text_of(ncx.select_node("//navMap/navPoint/navLabel/text").node()), doc.meta.title);
}

TEST(EpubWriter, TitlePageAndGeneratedCoverShowTitleKickerAndAuthors) {
    const std::vector<ArchiveEntry> entries = testing::read_archive(write(testing::sample_document()));
    pugi::xml_document title_page;
    parse_entry(title_page, entries, "EPUB/title.xhtml");
    EXPECT_EQ(text_of(title_page.select_node("//section[@epub:type='titlepage']/h1").node()),
              testing::sample_document().meta.title);
    EXPECT_EQ(text_of(title_page.select_node("//p[@class='authors-line']").node()),
              "Frederic Spohr und Jannik Krahe");

    pugi::xml_document cover_page;
    parse_entry(cover_page, entries, "EPUB/cover.xhtml");
    const pugi::xml_node image = cover_page.select_node("//img").node();
    EXPECT_STREQ(image.attribute("src").value(), "images/cover.svg");
    EXPECT_TRUE(std::string(image.attribute("alt").value()).starts_with("So wahrscheinlich"));

    pugi::xml_document svg;
    parse_entry(svg, entries, "EPUB/images/cover.svg");
    const std::string drawn = text_of(svg.document_element());
    for (const char* part : {"Nordkorea", "Waffenlieferungen", "Frederic Spohr und Jannik Krahe"})
        EXPECT_NE(drawn.find(part), std::string::npos) << part;

    pugi::xml_document package;
    parse_entry(package, entries, "EPUB/package.opf");
    const pugi::xml_node item = package.select_node("//item[@properties='cover-image']").node();
    EXPECT_STREQ(item.attribute("href").value(), "images/cover.svg");
    EXPECT_STREQ(item.attribute("media-type").value(), "image/svg+xml");
}

TEST(EpubWriter, CoverImageOptionReplacesTheGeneratedCover) {
    WriteOptions options;
    options.cover_image = test_photo();
    const std::vector<ArchiveEntry> entries =
        testing::read_archive(write(testing::sample_document(), options));
    EXPECT_EQ(testing::find_entry(entries, "EPUB/images/cover.svg"), nullptr);
    const ArchiveEntry* cover = testing::find_entry(entries, "EPUB/images/cover.jpg");
    ASSERT_NE(cover, nullptr);
    EXPECT_EQ(cover->bytes, std::string(options.cover_image.begin(), options.cover_image.end()));
    EXPECT_EQ(cover->method, ZIP_CM_STORE);
    pugi::xml_document package;
    parse_entry(package, entries, "EPUB/package.opf");
    EXPECT_STREQ(
        package.select_node("//item[@properties='cover-image']").node().attribute("media-type").value(),
        "image/jpeg");
}

TEST(EpubWriter, FigureImageIsEmbeddedListedAndDescribed) {
    Document doc = testing::sample_document();
    std::get<Figure>(doc.blocks.front()).image = test_photo();
    const std::vector<ArchiveEntry> entries = testing::read_archive(write(doc));
    const ArchiveEntry* image = testing::find_entry(entries, "EPUB/images/figure-1.jpg");
    ASSERT_NE(image, nullptr);
    EXPECT_EQ(image->bytes.size(), test_photo().size());
    pugi::xml_document package;
    parse_entry(package, entries, "EPUB/package.opf");
    EXPECT_STREQ(
        package.select_node("//item[@href='images/figure-1.jpg']").node().attribute("media-type").value(),
        "image/jpeg");
    pugi::xml_document page;
    parse_entry(page, entries, "EPUB/article.xhtml");
    const pugi::xml_node img = page.select_node("//figure[@id='figure-1']/img").node();
    EXPECT_STREQ(img.attribute("src").value(), "images/figure-1.jpg");
    EXPECT_STREQ(img.attribute("alt").value(), "Putin begrüßt Kim Jong Un");
    testing::expect_article_content(doc, page);
}

TEST(EpubWriter, FiguresShowingOneImageShareOneFile) {
    Document doc = testing::sample_document();
    std::get<Figure>(doc.blocks.front()).image = test_photo();
    doc.blocks.push_back(doc.blocks.front());  // the same bytes (one buffer)
    doc.blocks.push_back(doc.blocks.front());
    std::get<Figure>(doc.blocks.back()).image = test_photo();  // equal bytes in a buffer of their own
    const std::vector<ArchiveEntry> entries = testing::read_archive(write(doc));
    EXPECT_NE(testing::find_entry(entries, "EPUB/images/figure-1.jpg"), nullptr);
    EXPECT_EQ(testing::find_entry(entries, "EPUB/images/figure-2.jpg"), nullptr);
    EXPECT_EQ(testing::find_entry(entries, "EPUB/images/figure-3.jpg"), nullptr);
    pugi::xml_document page;
    parse_entry(page, entries, "EPUB/article.xhtml");
    const std::vector<pugi::xml_node> images = nodes(page, "//img");
    ASSERT_EQ(images.size(), 3u);
    for (const pugi::xml_node& img : images)
        EXPECT_STREQ(img.attribute("src").value(), "images/figure-1.jpg");
}

TEST(EpubWriter, WithoutImageTheFigureHasNoImg) {
    pugi::xml_document page;
    parse_entry(page, testing::read_archive(write(testing::sample_document())), "EPUB/article.xhtml");
    EXPECT_TRUE(nodes(page, "//img").empty());
    EXPECT_TRUE(page.select_node("//figure[@id='figure-1']/figcaption/p[@role='doc-credit']"));
}

TEST(EpubWriter, ImagesReadingSystemsCannotShowAreLeftOutWithAWarning) {
    const std::string webp_text("RIFF\x24\x00\x00\x00WEBPVP8 ", 16);
    const std::vector<std::uint8_t> webp(webp_text.begin(), webp_text.end());
    Document doc = testing::sample_document();
    std::get<Figure>(doc.blocks.front()).image = webp;
    WriteOptions options;
    options.cover_image = webp;
    Diagnostics diag;
    const std::vector<ArchiveEntry> entries = testing::read_archive(write_epub(doc, options, diag));
    EXPECT_EQ(diag.warnings.size(), 2U);
    EXPECT_NE(testing::find_entry(entries, "EPUB/images/cover.svg"), nullptr);
    pugi::xml_document page;
    parse_entry(page, entries, "EPUB/article.xhtml");
    EXPECT_TRUE(nodes(page, "//img").empty());
}

TEST(EpubWriter, UntitledArticleWithoutLanguageStillMakesABook) {
    Document doc;
    doc.blocks.push_back(Paragraph{plain("Only a paragraph."), ""});
    Diagnostics diag;
    const std::vector<ArchiveEntry> entries = testing::read_archive(write_epub(doc, WriteOptions{}, diag));
    EXPECT_EQ(diag.warnings.size(), 2U);
    pugi::xml_document package;
    parse_entry(package, entries, "EPUB/package.opf");
    EXPECT_EQ(text_of(package.select_node("//dc:title").node()), "Untitled");
    EXPECT_EQ(text_of(package.select_node("//dc:language").node()), "und");
}

}  // namespace folio
