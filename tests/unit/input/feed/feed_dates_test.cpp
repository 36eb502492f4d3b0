// Feed dates: RFC 822 and ISO 8601 read as calendar dates; anything else is no date.
#include "input/feed/feed_dates.hpp"

#include <gtest/gtest.h>

namespace folio::feed {
namespace {

TEST(FeedDates, Rfc822) {
    EXPECT_EQ(feed_date("Tue, 10 Jun 2003 04:00:00 GMT"), "2003-06-10");
    EXPECT_EQ(feed_date("10 Jun 2003 04:00 +0200"), "2003-06-10");
    EXPECT_EQ(feed_date("Sat, 2 Mar 24 10:00:00 EST"), "2024-03-02");
    EXPECT_EQ(feed_date("Mon, 01 Jan 99 00:00:00 GMT"), "1999-01-01");
    EXPECT_EQ(feed_date("Thu, 29 Feb 2024 23:59:59 -0800"), "2024-02-29");
    EXPECT_EQ(feed_date("Wednesday, 06 March 2024 17:45:00 +0100"), "2024-03-06");
    EXPECT_EQ(feed_date("  Tue, 10 Jun 2003  "), "2003-06-10");
}

TEST(FeedDates, Iso8601) {
    EXPECT_EQ(feed_date("2003-12-13T18:30:02Z"), "2003-12-13");
    EXPECT_EQ(feed_date("2024-04-01T08:15:00+02:00"), "2024-04-01");
    EXPECT_EQ(feed_date("2024-04-01T23:15:00.123-07:00"), "2024-04-01");
    EXPECT_EQ(feed_date("2024-04-01"), "2024-04-01");
    EXPECT_EQ(feed_date("2024-04-01 08:15"), "2024-04-01");
}

TEST(FeedDates, NotADate) {
    for (const char* text :
         {"", "sometime next week", "Fri, 30 Feb 2024 10:00:00 GMT", "2023-02-29T00:00:00Z", "2024-13-01",
          "32 Jan 2024", "Tue, 10 Foo 2003 04:00:00 GMT", "2024-04-01Tnope",
          "Tue, 10 Jun 2003 04:00:00 GMT and then some words"})
        EXPECT_EQ(feed_date(text), std::nullopt) << text;
}

}  // namespace
}  // namespace folio::feed
