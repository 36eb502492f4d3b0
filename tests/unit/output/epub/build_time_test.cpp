// Tests for the EPUB timestamps: SOURCE_DATE_EPOCH, article date, fixed epoch, DOS fields, format.
#include <gtest/gtest.h>

#include "output/epub/book_identifier.hpp"
#include "output/epub/build_time.hpp"

namespace folio {

TEST(EpubBuildTime, SourceDateEpochWinsThenTheDateThenTheZipEpoch) {
    Meta meta;
    meta.date = "2023-09-12";
    Diagnostics diag;
    EXPECT_EQ(build_time(meta, "1700000000", diag), 1700000000);
    EXPECT_EQ(build_time(meta, nullptr, diag), 1694476800);
    EXPECT_EQ(build_time(meta, "", diag), 1694476800);
    EXPECT_TRUE(diag.warnings.empty());
    EXPECT_EQ(build_time(meta, "yesterday", diag), 1694476800);
    EXPECT_EQ(build_time(meta, "253402300800", diag), 1694476800);
    EXPECT_EQ(diag.warnings.size(), 2U);
    meta.date = "2023-09";
    EXPECT_EQ(build_time(meta, nullptr, diag), 1693526400);
    meta.date = "12.09.2023";
    EXPECT_EQ(build_time(meta, nullptr, diag), 315532800);
}

TEST(EpubBuildTime, TimestampsAreUtcInTheOnlyAllowedForm) {
    EXPECT_EQ(w3c_utc_timestamp(0), "1970-01-01T00:00:00Z");
    EXPECT_EQ(w3c_utc_timestamp(1700000000), "2023-11-14T22:13:20Z");
    EXPECT_EQ(w3c_utc_timestamp(951782400), "2000-02-29T00:00:00Z");
}

TEST(EpubBuildTime, DosFieldsAreClampedToWhatZipCanHold) {
    const DosDateTime late = dos_date_time(1700000000);
    EXPECT_EQ(late.time, (22 << 11) | (13 << 5) | 10);
    EXPECT_EQ(late.date, (43 << 9) | (11 << 5) | 14);
    const DosDateTime early = dos_date_time(0);
    EXPECT_EQ(early.time, 0);
    EXPECT_EQ(early.date, (1 << 5) | 1);
}

TEST(EpubBookIdentifier, RecognizesUuidUrns) {
    EXPECT_TRUE(is_uuid_urn("urn:uuid:0b8f2c1e-1111-4222-8333-944455556666"));
    EXPECT_FALSE(is_uuid_urn("urn:uuid:0b8f2c1e11114222833394445555666"));
    EXPECT_FALSE(is_uuid_urn("urn:isbn:9783161484100"));
}

TEST(EpubBookIdentifier, GivenIdentifierIsKept) {
    Document doc;
    doc.meta.identifier = "https://example.org/artikel/1";
    Diagnostics diag;
    EXPECT_EQ(book_identifier(doc, diag), "https://example.org/artikel/1");
    doc.meta.identifier.clear();
    doc.meta.title = "A";
    const std::string a = book_identifier(doc, diag);
    doc.meta.title = "B";
    EXPECT_NE(book_identifier(doc, diag), a);
    EXPECT_TRUE(is_uuid_urn(a));
}

}  // namespace folio
