// Tests for the writers' pinned time: SOURCE_DATE_EPOCH, article date, input file time, DOS fields, format.
#include <gtest/gtest.h>

#include "output/common/build_time.hpp"

namespace folio {

TEST(BuildTime, SourceDateEpochWinsThenTheDateElseNoneIsKnown) {
    Meta meta;
    meta.date = "2023-09-12";
    Diagnostics diag;
    EXPECT_EQ(known_time(meta, "1700000000", diag), 1700000000);
    EXPECT_EQ(known_time(meta, std::nullopt, diag), 1694476800);
    EXPECT_EQ(known_time(meta, "", diag), 1694476800);
    EXPECT_TRUE(diag.warnings.empty());
    EXPECT_EQ(known_time(meta, "yesterday", diag), 1694476800);
    EXPECT_EQ(known_time(meta, "253402300800", diag), 1694476800);
    EXPECT_EQ(diag.warnings.size(), 2U);
    meta.date = "2023-09";
    EXPECT_EQ(known_time(meta, std::nullopt, diag), 1693526400);
    meta.date = "12.09.2023";
    EXPECT_EQ(known_time(meta, std::nullopt, diag), std::nullopt);
}

TEST(BuildTime, ABookWithoutAKnownDateRecordsTheInputFilesTimeElseTheZipEpoch) {
    Meta meta;
    Diagnostics diag;
    WriteOptions options;
    EXPECT_EQ(book_time(meta, options, diag), 315532800);
    options.input_modified = 1700000000;
    EXPECT_EQ(book_time(meta, options, diag), 1700000000);
    meta.date = "2023-09-12";
    EXPECT_EQ(book_time(meta, options, diag), 1694476800);
    options.source_date_epoch = "1600000000";
    EXPECT_EQ(book_time(meta, options, diag), 1600000000);
    EXPECT_TRUE(diag.warnings.empty());
}

TEST(BuildTime, TimestampsAreUtcInTheOnlyAllowedForm) {
    EXPECT_EQ(w3c_utc_timestamp(0), "1970-01-01T00:00:00Z");
    EXPECT_EQ(w3c_utc_timestamp(1700000000), "2023-11-14T22:13:20Z");
    EXPECT_EQ(w3c_utc_timestamp(951782400), "2000-02-29T00:00:00Z");
}

TEST(BuildTime, DosFieldsAreClampedToWhatZipCanHold) {
    const DosDateTime late = dos_date_time(1700000000);
    EXPECT_EQ(late.time, (22 << 11) | (13 << 5) | 10);
    EXPECT_EQ(late.date, (43 << 9) | (11 << 5) | 14);
    const DosDateTime early = dos_date_time(0);
    EXPECT_EQ(early.time, 0);
    EXPECT_EQ(early.date, (1 << 5) | 1);
}

}  // namespace folio
