// Tests for recognize_date: numeric and named-month dates in German, English and French, with lead-ins and
// times.
#include <gtest/gtest.h>

#include "input/common/dates.hpp"

namespace folio {
namespace {

std::string iso(std::string_view line) { return recognize_date(line).value_or("none"); }

TEST(Dates, Numeric) {
    EXPECT_EQ(iso("12.09.2023"), "2023-09-12");
    EXPECT_EQ(iso("5.3.2024"), "2024-03-05");
    EXPECT_EQ(iso("2024-03-05"), "2024-03-05");
    EXPECT_EQ(iso("05.03.2024 "), "2024-03-05");
}

TEST(Dates, NumericWithSlashes) {
    EXPECT_EQ(iso("12/03/2024"), "2024-03-12");
    EXPECT_EQ(iso("5/3/2024"), "2024-03-05");
    EXPECT_EQ(iso("03/25/2024"), "2024-03-25");
    EXPECT_EQ(iso("2024/03/05"), "2024-03-05");
    EXPECT_EQ(iso("Publié le 12/03/2024 à 14h30"), "2024-03-12");
    EXPECT_EQ(iso("31/31/2024"), "none");
    EXPECT_EQ(iso("1/2"), "none");
}

TEST(Dates, English) {
    EXPECT_EQ(iso("February 20, 2024"), "2024-02-20");
    EXPECT_EQ(iso("20 February 2024"), "2024-02-20");
    EXPECT_EQ(iso("22 Dec, 2016"), "2016-12-22");
    EXPECT_EQ(iso("Feb. 20, 2024"), "2024-02-20");
    EXPECT_EQ(iso("March 3rd, 2024"), "2024-03-03");
    EXPECT_EQ(iso("Tuesday, 12 September 2023"), "2023-09-12");
    EXPECT_EQ(iso("Published on 7 July 2022"), "2022-07-07");
    EXPECT_EQ(iso("Updated: Mar 5, 2024 at 2:30 p.m. CET"), "2024-03-05");
}

TEST(Dates, German) {
    EXPECT_EQ(iso("12. September 2023"), "2023-09-12");
    EXPECT_EQ(iso("3. März 2024"), "2024-03-03");
    EXPECT_EQ(iso("3. Maerz 2024"), "2024-03-03");
    EXPECT_EQ(iso("1. Okt. 2021"), "2021-10-01");
    EXPECT_EQ(iso("Stand: 12.09.2023, 14:30 Uhr"), "2023-09-12");
    EXPECT_EQ(iso("Veröffentlicht am 12.09.2023"), "2023-09-12");
    EXPECT_EQ(iso("Dienstag, 12. September 2023"), "2023-09-12");
    EXPECT_EQ(iso("Di., 12.09.2023 | 9.15 Uhr"), "2023-09-12");
}

TEST(Dates, French) {
    EXPECT_EQ(iso("12 septembre 2023"), "2023-09-12");
    EXPECT_EQ(iso("1er mars 2024"), "2024-03-01");
    EXPECT_EQ(iso("Publié le 12 février 2024"), "2024-02-12");
    EXPECT_EQ(iso("mardi 12 septembre 2023 à 14h30"), "2023-09-12");
    EXPECT_EQ(iso("Mise à jour le 3 août 2023"), "2023-08-03");
}

TEST(Dates, RejectsLinesThatAreMoreThanADate) {
    EXPECT_FALSE(recognize_date("Am 12.09.2023 trafen sich Putin und Kim."));
    EXPECT_FALSE(recognize_date("February 2024"));
    EXPECT_FALSE(recognize_date("Die Expo als verpasste Chance"));
    EXPECT_FALSE(recognize_date("12. September"));
    EXPECT_FALSE(recognize_date("2024"));
    EXPECT_FALSE(recognize_date(""));
    EXPECT_FALSE(recognize_date("12.09.2023 Berlin"));
}

TEST(Dates, RejectsImpossibleDates) {
    EXPECT_FALSE(recognize_date("31.02.2024"));
    EXPECT_FALSE(recognize_date("29 February 2023"));
    EXPECT_EQ(iso("29 February 2024"), "2024-02-29");
    EXPECT_FALSE(recognize_date("2024-13-01"));
    EXPECT_FALSE(recognize_date("12.09.2023, 25:00"));
}

}  // namespace
}  // namespace folio
