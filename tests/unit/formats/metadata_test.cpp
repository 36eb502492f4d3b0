// Tests for setting metadata by name (front matter and -M KEY=VALUE).
#include <gtest/gtest.h>

#include "formats/diagnostics.hpp"
#include "formats/metadata.hpp"

namespace folio {

TEST(Metadata, SetsEveryScalarKey) {
    Meta meta;
    apply_metadata(meta, {{"title", " Titel "},
                          {"subtitle", "Unterzeile"},
                          {"kicker", "Nordkorea"},
                          {"lang", "de"},
                          {"publisher", "Verlag"},
                          {"source_url", "https://example.org/a"},
                          {"rights", "CC BY 4.0"},
                          {"identifier", "urn:isbn:123"}});
    EXPECT_EQ(meta.title, "Titel");
    EXPECT_EQ(meta.subtitle, "Unterzeile");
    EXPECT_EQ(meta.kicker, "Nordkorea");
    EXPECT_EQ(meta.lang, "de");
    EXPECT_EQ(meta.publisher, "Verlag");
    EXPECT_EQ(meta.source_url, "https://example.org/a");
    EXPECT_EQ(meta.rights, "CC BY 4.0");
    EXPECT_EQ(meta.identifier, "urn:isbn:123");
}

TEST(Metadata, IsoDateSetsBothFieldsOtherDatesOnlyTheText) {
    Meta meta;
    apply_metadata(meta, {{"date", "2023-09-12"}});
    EXPECT_EQ(meta.date, "2023-09-12");
    EXPECT_EQ(meta.date_text, "2023-09-12");
    apply_metadata(meta, {{"date", "im Herbst"}});
    EXPECT_EQ(meta.date, "");
    EXPECT_EQ(meta.date_text, "im Herbst");
}

TEST(Metadata, OnlyDatesOfTheCalendarSetTheDate) {
    for (const char* date : {"2023", "2023-02", "2023-02-28", "2024-02-29", "2000-02-29", "2023-12-31"})
        EXPECT_TRUE(is_calendar_date(date)) << date;
    for (const char* date :
         {"2023-02-29", "1900-02-29", "2023-02-30", "2023-04-31", "2023-00-10", "2023-13", "2023-01-00",
          "2023-1-05", "2023-01-5", "202-01-05", "2023/01/05", "2023-01-05T10:00Z"})
        EXPECT_FALSE(is_calendar_date(date)) << date;
    Meta meta;
    apply_metadata(meta, {{"date", "2023-02-30"}});
    EXPECT_EQ(meta.date, "");
    EXPECT_EQ(meta.date_text, "2023-02-30");
    EXPECT_TRUE(looks_like_iso_date("2023-02-30"));
    EXPECT_TRUE(looks_like_iso_date("2023-2-3"));
    EXPECT_FALSE(looks_like_iso_date("12. September 2023"));
    EXPECT_FALSE(looks_like_iso_date("2023"));
}

TEST(Metadata, FirstAuthorReplacesReaderAuthorsKeepingMatchingBio) {
    Meta meta;
    meta.authors = {Person{"Anna Alt", "", "", plain("Anna Alt schreibt.")}, Person{"Ben Bar", "", "", {}}};
    apply_metadata(meta, {{"author", "Anna Alt"}, {"author", "Carla Neu"}});
    ASSERT_EQ(meta.authors.size(), 2u);
    EXPECT_EQ(meta.authors[0].name, "Anna Alt");
    EXPECT_EQ(to_plain_text(meta.authors[0].bio), "Anna Alt schreibt.");
    EXPECT_EQ(meta.authors[1].name, "Carla Neu");
    EXPECT_TRUE(meta.authors[1].bio.empty());
}

TEST(Metadata, KeywordsSplitOnCommas) {
    Meta meta;
    apply_metadata(meta, {{"keywords", "Nordkorea, Russland ,, Waffen"}});
    EXPECT_EQ(meta.keywords, (std::vector<std::string>{"Nordkorea", "Russland", "Waffen"}));
}

TEST(Metadata, UnknownKeyIsAnErrorNamingTheKey) {
    Meta meta;
    try {
        apply_metadata(meta, {{"colour", "blau"}});
        FAIL() << "expected folio::Error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("colour"), std::string::npos);
    }
}

}  // namespace folio
