// The feed reader on RSS 2.0, Atom 1.0 and JSON Feed fixtures: metadata, bodies, summaries, images, dates.
#include <gtest/gtest.h>

#include "tests/unit/input/feed/feed_test_support.hpp"

namespace folio {
namespace {

using test::feed_fixture;
using test::read_feed_bytes;

template <typename T>
const T& block_as(const Document& doc, std::size_t index) {
    EXPECT_LT(index, doc.blocks.size());
    const T* block = std::get_if<T>(&doc.blocks.at(index));
    EXPECT_NE(block, nullptr) << "block " << index << " is a " << block_type_name(doc.blocks.at(index));
    static const T none{};
    return block ? *block : none;
}

std::string text_of(const Block& block) { return block_plain_text(block); }

const Inline* find_link(const Inlines& content) {
    for (const Inline& item : content) {
        if (item.kind == Inline::Kind::Link) return &item;
        if (const Inline* inner = find_link(item.children)) return inner;
    }
    return nullptr;
}

std::size_t count_containing(const std::vector<std::string>& warnings, std::string_view what) {
    std::size_t n = 0;
    for (const std::string& warning : warnings) n += warning.find(what) != std::string::npos ? 1 : 0;
    return n;
}

TEST(FeedReaderRss, ChannelBecomesTheBooksMetadata) {
    const auto outcome = read_feed_bytes(feed_fixture("rss_content.rss"));
    ASSERT_EQ(outcome.error, "");
    const Meta& meta = outcome.collection.meta;
    EXPECT_EQ(meta.title, "Lindenauer Bote");
    EXPECT_EQ(meta.subtitle, "Nachrichten aus Lindenau & Umgebung");
    EXPECT_EQ(meta.lang, "de-DE");
    EXPECT_EQ(meta.source_url, "https://news.example.org/");
    EXPECT_EQ(meta.rights, "© Lindenauer Bote");
    EXPECT_EQ(meta.date, "2024-03-06");  // the newest item's
    EXPECT_EQ(meta.date_text, "Wed, 06 Mar 2024 17:45:00 +0100");
    ASSERT_EQ(outcome.collection.articles.size(), 2u);
}

TEST(FeedReaderRss, ContentEncodedIsTheArticleBody) {
    const auto outcome = read_feed_bytes(feed_fixture("rss_content.rss"));
    ASSERT_EQ(outcome.error, "");
    const Document& doc = outcome.collection.articles.at(0);
    EXPECT_EQ(doc.meta.title, "Neue Brücke über den Fluss eröffnet");
    ASSERT_EQ(doc.meta.authors.size(), 1u);
    EXPECT_EQ(doc.meta.authors[0].name, "Anna Berg");
    EXPECT_EQ(doc.meta.authors[0].family, "Berg");
    EXPECT_EQ(doc.meta.date, "2024-03-05");
    EXPECT_EQ(doc.meta.date_text, "Tue, 05 Mar 2024 09:30:00 +0100");
    EXPECT_EQ(doc.meta.source_url, "https://news.example.org/2024/03/bruecke");
    EXPECT_EQ(doc.meta.lang, "de-DE");
    EXPECT_EQ(doc.meta.identifier, "bruecke-2024");
    EXPECT_EQ(doc.meta.keywords, std::vector<std::string>{"Verkehr"});
    EXPECT_EQ(doc.meta.publisher, "Lindenauer Bote");

    ASSERT_EQ(doc.blocks.size(), 7u);
    EXPECT_EQ(text_of(doc.blocks[0]),
              "Nach zwei Jahren Bauzeit ist die neue Brücke offen. Am Dienstagmorgen fuhren die ersten "
              "Busse über den Fluss.");  // the description starts the content: no extra lead
    const Heading& heading = block_as<Heading>(doc, 1);
    EXPECT_EQ(heading.level, 2);
    EXPECT_EQ(to_plain_text(heading.content), "Was sie gekostet hat");
    const Figure& figure = block_as<Figure>(doc, 3);
    EXPECT_EQ(to_plain_text(figure.caption), "Die neue Brücke am Abend.");
    EXPECT_EQ(figure.credit, "Foto: Jonas Ott");
    EXPECT_EQ(figure.alt, "Die Brücke am Abend");
    EXPECT_EQ(figure.src, "");  // on the web: not fetched
    const List& list = block_as<List>(doc, 4);
    ASSERT_EQ(list.items.size(), 2u);
    EXPECT_EQ(to_plain_text(list.items[1]), "Breite: 14 Meter");
    const BlockQuote& quote = block_as<BlockQuote>(doc, 5);
    EXPECT_EQ(to_plain_text(quote.content), "„Ein guter Tag für die Stadt.“");
    EXPECT_EQ(quote.attribution, "Eva Kern");
    const Inline* link = find_link(block_as<Paragraph>(doc, 6).content);
    ASSERT_NE(link, nullptr);
    EXPECT_EQ(link->href, "https://news.example.org/verkehr");  // resolved against the item's link
    EXPECT_EQ(count_containing(outcome.warnings, "1 image the entries link to was left out"), 1u);
}

TEST(FeedReaderRss, DcCreatorNamingTwoPeopleGivesTwoAuthors) {
    const auto outcome = read_feed_bytes(feed_fixture("rss_content.rss"));
    ASSERT_EQ(outcome.error, "");
    const Document& doc = outcome.collection.articles.at(1);
    ASSERT_EQ(doc.meta.authors.size(), 2u);
    EXPECT_EQ(doc.meta.authors[0].name, "Lena Vogt");
    EXPECT_EQ(doc.meta.authors[1].name, "Tomas Holm");
    ASSERT_EQ(doc.blocks.size(), 3u);  // the description differs from the content's start: a lead
    EXPECT_EQ(block_as<Paragraph>(doc, 0).role, "lead");
    EXPECT_EQ(text_of(doc.blocks[0]), "Der Stadtrat hat den Haushalt für 2024 beschlossen.");
    EXPECT_EQ(text_of(doc.blocks[2]), "Die Opposition stimmte dagegen.");
}

TEST(FeedReaderAtom, HtmlContent) {
    const auto outcome = read_feed_bytes(feed_fixture("atom.atom"));
    ASSERT_EQ(outcome.error, "");
    const Meta& book = outcome.collection.meta;
    EXPECT_EQ(book.title, "The Harbour Gazette");  // type="html": the markup's text
    EXPECT_EQ(book.subtitle, "News from the harbour town");
    EXPECT_EQ(book.source_url, "https://gazette.example.org/");
    EXPECT_EQ(book.lang, "en");
    EXPECT_EQ(book.identifier, "urn:uuid:60a76c80-d399-11d9-b93C-0003939e0af6");
    EXPECT_EQ(book.date, "2024-04-02");
    ASSERT_EQ(book.authors.size(), 1u);
    EXPECT_EQ(book.authors[0].name, "Harbour Desk");
    ASSERT_EQ(outcome.collection.articles.size(), 3u);

    const Document& doc = outcome.collection.articles[0];
    EXPECT_EQ(doc.meta.title, "Ferry service resumes");
    ASSERT_EQ(doc.meta.authors.size(), 1u);
    EXPECT_EQ(doc.meta.authors[0].name, "Mara Lind");
    EXPECT_EQ(doc.meta.date, "2024-04-01");  // published, not updated
    EXPECT_EQ(doc.meta.date_text, "2024-04-01T08:15:00+02:00");
    EXPECT_EQ(doc.meta.lang, "en");
    EXPECT_EQ(doc.meta.keywords, std::vector<std::string>{"Transport"});
    ASSERT_EQ(doc.blocks.size(), 3u);
    EXPECT_EQ(text_of(doc.blocks[0]), "After three weeks of repairs, the ferry runs again from Monday.");
    EXPECT_EQ(to_plain_text(block_as<Heading>(doc, 1).content), "New timetable");
    const List& list = block_as<List>(doc, 2);
    EXPECT_TRUE(list.ordered);
    ASSERT_EQ(list.items.size(), 2u);
    EXPECT_EQ(to_plain_text(list.items[0]), "First boat at 6:10");
}

TEST(FeedReaderAtom, XhtmlContent) {
    const auto outcome = read_feed_bytes(feed_fixture("atom.atom"));
    ASSERT_EQ(outcome.error, "");
    const Document& doc = outcome.collection.articles.at(1);
    EXPECT_EQ(doc.meta.title, "Le marché du port rouvre");
    EXPECT_EQ(doc.meta.lang, "fr");          // the entry's xml:lang
    EXPECT_EQ(doc.meta.date, "2024-04-02");  // updated, when there is no published
    ASSERT_EQ(doc.meta.authors.size(), 1u);
    EXPECT_EQ(doc.meta.authors[0].name, "Harbour Desk");  // the feed's author
    ASSERT_EQ(doc.blocks.size(), 3u);
    const Paragraph& first = block_as<Paragraph>(doc, 0);
    EXPECT_EQ(to_plain_text(first.content), "Le marché du port rouvre ses portes samedi après l’hiver.");
    bool strong = false;
    for (const Inline& item : first.content) strong = strong || item.kind == Inline::Kind::Strong;
    EXPECT_TRUE(strong);
    EXPECT_EQ(to_plain_text(block_as<BlockQuote>(doc, 1).content),
              "« Nous attendions ce jour depuis longtemps. »");
    EXPECT_EQ(text_of(doc.blocks[2]), "Les stands ouvrent à 8\xC2\xA0heures.");
}

TEST(FeedReaderAtom, SummaryOnlyEntryIsMarkedInEnglish) {
    const auto outcome = read_feed_bytes(feed_fixture("atom.atom"));
    ASSERT_EQ(outcome.error, "");
    const Document& doc = outcome.collection.articles.at(2);
    ASSERT_EQ(doc.blocks.size(), 2u);
    EXPECT_EQ(block_as<Paragraph>(doc, 0).role, "lead");
    EXPECT_EQ(text_of(doc.blocks[0]), "The old lighthouse gets a new coat of paint this summer.");
    const Note& note = block_as<Note>(doc, 1);
    EXPECT_EQ(to_plain_text(note.content),
              "The feed holds only a summary of this article. The whole article: "
              "https://gazette.example.org/2024/04/lighthouse");
    const Inline* link = find_link(note.content);
    ASSERT_NE(link, nullptr);
    EXPECT_EQ(link->href, "https://gazette.example.org/2024/04/lighthouse");
}

TEST(FeedReaderJsonFeed, ContentHtml) {
    const auto outcome = read_feed_bytes(feed_fixture("json_feed_html.json"));
    ASSERT_EQ(outcome.error, "");
    const Meta& book = outcome.collection.meta;
    EXPECT_EQ(book.title, "Valley Notes");
    EXPECT_EQ(book.subtitle, "A weekly letter from the valley");
    EXPECT_EQ(book.source_url, "https://valley.example.org/");
    EXPECT_EQ(book.lang, "en-GB");
    EXPECT_EQ(book.date, "2024-05-03");
    ASSERT_EQ(outcome.collection.articles.size(), 2u);

    const Document& doc = outcome.collection.articles[0];
    EXPECT_EQ(doc.meta.title, "The orchard in bloom");
    ASSERT_EQ(doc.meta.authors.size(), 2u);
    EXPECT_EQ(doc.meta.authors[0].name, "Ana Souza");
    EXPECT_EQ(doc.meta.authors[1].name, "Ola Bergman");
    EXPECT_EQ(doc.meta.date, "2024-05-03");  // the feed's local day, not converted to UTC
    EXPECT_EQ(doc.meta.identifier, "2");
    EXPECT_EQ(doc.meta.keywords, (std::vector<std::string>{"spring", "orchard"}));
    EXPECT_EQ(doc.meta.lang, "en-GB");
    ASSERT_EQ(doc.blocks.size(), 5u);
    EXPECT_EQ(block_as<Paragraph>(doc, 0).role, "lead");  // the summary
    EXPECT_EQ(text_of(doc.blocks[0]), "Spring has come to the orchard.");
    EXPECT_EQ(text_of(doc.blocks[1]), "The apple trees are in full bloom this week.");
    EXPECT_EQ(to_plain_text(block_as<Heading>(doc, 2).content), "Bees");
    const Figure& figure = block_as<Figure>(doc, 4);
    EXPECT_EQ(to_plain_text(figure.caption), "Blossoms above the river.");
    EXPECT_EQ(figure.credit, "Photo: Ana Souza");

    const Document& second = outcome.collection.articles[1];
    ASSERT_EQ(second.meta.authors.size(), 1u);
    EXPECT_EQ(second.meta.authors[0].name, "Ola Bergman");  // the feed's authors
    ASSERT_EQ(second.blocks.size(), 1u);
    EXPECT_EQ(text_of(second.blocks[0]), "It rained on twenty days in April.");
}

TEST(FeedReaderJsonFeed, ContentTextAndSummaryInFrench) {
    const auto outcome = read_feed_bytes(feed_fixture("json_feed_text.json"));
    ASSERT_EQ(outcome.error, "");
    ASSERT_EQ(outcome.collection.articles.size(), 2u);
    const Document& doc = outcome.collection.articles[0];
    EXPECT_EQ(doc.meta.title, "La neige est tombée");
    ASSERT_EQ(doc.meta.authors.size(), 1u);
    EXPECT_EQ(doc.meta.authors[0].name, "Claire Dumas");  // JSON Feed 1.0's feed "author"
    EXPECT_EQ(doc.meta.lang, "fr");
    EXPECT_EQ(doc.meta.date, "2024-01-15");
    ASSERT_EQ(doc.blocks.size(), 2u);
    EXPECT_EQ(text_of(doc.blocks[0]), "Il a neigé toute la nuit sur le col.");
    EXPECT_EQ(text_of(doc.blocks[1]),
              "Les routes sont fermées jusqu’à demain.\nLes écoles restent ouvertes.");

    const Document& summary = outcome.collection.articles[1];
    ASSERT_EQ(summary.blocks.size(), 2u);
    EXPECT_EQ(text_of(summary.blocks[0]), "Le marché d’hiver a lieu dimanche sur la place.");
    EXPECT_EQ(text_of(summary.blocks[1]),
              "Le flux ne contient qu’un résumé de cet article. L’article complet\xC2\xA0: "
              "https://carnet.example.org/marche");
}

TEST(FeedReaderSummaries, DescriptionOnlyItemsAreShortArticlesInGerman) {
    const auto outcome = read_feed_bytes(feed_fixture("summary_only.rss"));
    ASSERT_EQ(outcome.error, "");
    ASSERT_EQ(outcome.collection.articles.size(), 2u);
    for (const Document& doc : outcome.collection.articles) {
        ASSERT_EQ(doc.blocks.size(), 2u) << doc.meta.title;
        EXPECT_EQ(block_as<Paragraph>(doc, 0).role, "lead");
        const Note& note = block_as<Note>(doc, 1);
        EXPECT_EQ(to_plain_text(note.content),
                  "Der Feed enthält nur eine Zusammenfassung dieses Artikels. Der ganze Artikel: " +
                      doc.meta.source_url);
    }
    EXPECT_EQ(text_of(outcome.collection.articles[0].blocks[0]), "Das Freibad öffnet schon am 1. Mai.");
    EXPECT_EQ(text_of(outcome.collection.articles[1].blocks[0]),
              "Wegen des Stadtfests ist der Marktplatz am Wochenende gesperrt.");
    EXPECT_EQ(outcome.collection.meta.date, "2024-04-30");
}

TEST(FeedReaderImages, RemoteImagesAreLeftOutWithOneWarningAndCaptionsKept) {
    const auto outcome = read_feed_bytes(feed_fixture("remote_images.rss"));
    ASSERT_EQ(outcome.error, "");
    EXPECT_EQ(count_containing(outcome.warnings, "image"), 1u);
    EXPECT_EQ(count_containing(outcome.warnings, "4 images the entries link to were left out"), 1u)
        << testing::PrintToString(outcome.warnings);
    ASSERT_EQ(outcome.collection.articles.size(), 2u);
    const Document& storm = outcome.collection.articles[0];
    ASSERT_EQ(storm.blocks.size(), 3u);
    const Figure& waves = block_as<Figure>(storm, 1);
    EXPECT_EQ(waves.src, "");
    EXPECT_EQ(to_plain_text(waves.caption), "Waves break over the pier.");
    EXPECT_EQ(waves.credit, "© Tom Reed");
    const Figure& tree = block_as<Figure>(storm, 2);
    EXPECT_EQ(to_plain_text(tree.caption), "A fallen tree on Shore Road.");
    EXPECT_EQ(tree.credit, "Photo: Kim Lee");
    // An image without caption, credit or alt text leaves nothing behind.
    const Document& swallows = outcome.collection.articles[1];
    ASSERT_EQ(swallows.blocks.size(), 2u);
    EXPECT_EQ(to_plain_text(block_as<Figure>(swallows, 1).caption), "Swallows on a wire.");
    for (const Document& doc : outcome.collection.articles)
        for (const Block& block : doc.blocks)
            if (const auto* figure = std::get_if<Figure>(&block)) {
                EXPECT_EQ(figure->src, "");
            }
}

TEST(FeedReaderDates, BadDatesAreWarningsAndNoDate) {
    const auto outcome = read_feed_bytes(feed_fixture("bad_dates.rss"));
    ASSERT_EQ(outcome.error, "");
    ASSERT_EQ(outcome.collection.articles.size(), 3u);
    EXPECT_EQ(outcome.collection.articles[0].meta.date, "");
    EXPECT_EQ(outcome.collection.articles[0].meta.date_text, "");
    EXPECT_EQ(outcome.collection.articles[1].meta.date, "");
    EXPECT_EQ(outcome.collection.articles[2].meta.date, "2024-03-02");
    EXPECT_EQ(count_containing(outcome.warnings, "\"sometime next week\" is not a date"), 1u);
    EXPECT_EQ(count_containing(outcome.warnings, "entry 2 (\"February the thirtieth\")"), 1u);
    EXPECT_EQ(outcome.collection.meta.date, "2024-03-02");
}

TEST(FeedReaderNotAFeed, ClearOneLineErrors) {
    const std::pair<std::string, std::string> cases[] = {
        {"<!DOCTYPE html><html><head><title>Page</title></head><body><p>Text</p></body></html>", "HTML page"},
        {"<?xml version=\"1.0\"?><article xmlns=\"http://docbook.org/ns/docbook\" "
         "version=\"5.0\"><title>A</title>"
         "</article>",
         "DocBook"},
        {"{\"format\": \"folio\", \"version\": 1, \"meta\": {}, \"blocks\": []}", "folio's own JSON"},
        {"{\"version\": \"2\", \"items\": []}", "not a JSON Feed"},
        {"[1, 2, 3]", "neither XML"},
        {"Just some text.", "neither XML"},
        {"<feed><title>x</title></feed>", "not in the Atom namespace"},
        {"<rss version=\"2.0\"><title>no channel</title></rss>", "no <channel>"},
        {"<rss><channel><title>broken</channel></rss>", "not well-formed"},
        {"{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [", "invalid JSON"},
        {"", "empty"},
    };
    for (const auto& [input, reason] : cases) {
        const auto outcome = read_feed_bytes(input);
        EXPECT_TRUE(outcome.error.starts_with("feed: ")) << input << " → " << outcome.error;
        EXPECT_NE(outcome.error.find(reason), std::string::npos) << input << " → " << outcome.error;
        EXPECT_EQ(outcome.error.find('\n'), std::string::npos) << outcome.error;
    }
}

TEST(FeedReaderJsonFeed, FieldsOfTheWrongTypeAreWarnings) {
    const auto outcome = read_feed_bytes(
        R"({"version": "https://jsonfeed.org/version/1.1", "title": 5,
            "items": [{"title": ["x"], "content_text": "Text.", "date_published": 7}, "junk"]})");
    ASSERT_EQ(outcome.error, "");
    ASSERT_EQ(outcome.collection.articles.size(), 1u);
    EXPECT_EQ(outcome.collection.articles[0].meta.title, "Text.");  // its first words stand in
    EXPECT_EQ(count_containing(outcome.warnings, "items[0].title is array"), 1u);
    EXPECT_EQ(count_containing(outcome.warnings, "items[1] is string"), 1u);
}

TEST(FeedReaderRss, RssOneIsReadToo) {
    const auto outcome = read_feed_bytes(
        R"(<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                   xmlns:dc="http://purl.org/dc/elements/1.1/">
             <channel rdf:about="https://old.example.org/"><title>Old Feed</title>
               <link>https://old.example.org/</link><description>RSS 1.0</description></channel>
             <item rdf:about="https://old.example.org/a"><title>First</title><link>https://old.example.org/a</link>
               <description>Only a summary.</description><dc:date>2004-02-05T10:00:00Z</dc:date>
               <dc:creator>Kim Lee</dc:creator></item>
           </rdf:RDF>)");
    ASSERT_EQ(outcome.error, "");
    EXPECT_EQ(outcome.collection.meta.title, "Old Feed");
    ASSERT_EQ(outcome.collection.articles.size(), 1u);
    const Document& doc = outcome.collection.articles[0];
    EXPECT_EQ(doc.meta.title, "First");
    EXPECT_EQ(doc.meta.date, "2004-02-05");
    EXPECT_EQ(doc.meta.identifier, "https://old.example.org/a");
    ASSERT_EQ(doc.meta.authors.size(), 1u);
    EXPECT_EQ(doc.meta.authors[0].name, "Kim Lee");
}

TEST(FeedReaderRss, TruncatedExcerptIsNotRepeatedAsLead) {
    const auto outcome = read_feed_bytes(
        "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
        "<title>Blog&nbsp;Notes</title><item><title>Post</title>"
        "<description>The first words of the post [&#8230;]</description>"
        "<content:encoded>&lt;p&gt;The first words of the post, and then the rest of it.&lt;/p&gt;"
        "</content:encoded></item></channel></rss>");
    ASSERT_EQ(outcome.error, "");
    EXPECT_EQ(outcome.collection.meta.title, "Blog\xC2\xA0Notes");  // HTML's entities without a DTD
    const Document& doc = outcome.collection.articles.at(0);
    ASSERT_EQ(doc.blocks.size(), 1u);
    EXPECT_EQ(text_of(doc.blocks[0]), "The first words of the post, and then the rest of it.");
}

TEST(FeedReader, SameInputSameCollection) {
    for (const char* name : {"rss_content.rss", "atom.atom", "json_feed_html.json"}) {
        const auto a = read_feed_bytes(feed_fixture(name));
        const auto b = read_feed_bytes(feed_fixture(name));
        EXPECT_EQ(a.collection, b.collection) << name;
        EXPECT_EQ(a.warnings, b.warnings) << name;
    }
}

}  // namespace
}  // namespace folio
