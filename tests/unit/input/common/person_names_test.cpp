// Tests for bylines and person names: telling a byline, reading its names and date, merging authors.
#include <gtest/gtest.h>

#include "input/common/byline.hpp"
#include "input/common/person_names.hpp"

namespace folio {
namespace {

using Names = std::vector<std::string>;

TEST(Byline, MarkersInThreeLanguages) {
    EXPECT_TRUE(starts_like_byline("Von Anna Berg"));
    EXPECT_TRUE(starts_like_byline("  by Anna Berg"));
    EXPECT_TRUE(starts_like_byline("Par Claire Martin"));
    EXPECT_TRUE(starts_like_byline("Text: Anna Berg"));
    EXPECT_FALSE(starts_like_byline("Vonovia baut"));
    EXPECT_FALSE(starts_like_byline("Bypass"));
}

TEST(Byline, NamesAreSplitAndCutBeforePlaceAndDate) {
    EXPECT_EQ(byline_names("Von Anna Berg und Jonas Ott"), (Names{"Anna Berg", "Jonas Ott"}));
    EXPECT_EQ(byline_names("By Tomas Ferreira and Aino Virtanen | March 4, 2024"),
              (Names{"Tomas Ferreira", "Aino Virtanen"}));
    EXPECT_EQ(byline_names("Par Claire Martin et Hugo Lefèvre"), (Names{"Claire Martin", "Hugo Lefèvre"}));
    EXPECT_EQ(byline_names("Von Anna Berg, Berlin"), (Names{"Anna Berg"}));
    EXPECT_EQ(byline_names("Text von Ursula von der Leyen – Brüssel"), (Names{"Ursula von der Leyen"}));
}

TEST(Byline, PhrasesThatOnlyStartLikeABylineNameNobody) {
    EXPECT_TRUE(byline_names("Von Berlin nach Rom").empty());
    EXPECT_TRUE(byline_names("By the numbers: how the port grew").empty());
    EXPECT_TRUE(byline_names("Von Wölfen und Menschen").empty());
    EXPECT_TRUE(byline_names("By Reuters").empty());
}

TEST(Byline, MarkersOfMoreLanguagesAndBlogs) {
    EXPECT_EQ(byline_names("Posted by Ann Lee"), (Names{"Ann Lee"}));
    EXPECT_EQ(byline_names("Written by Rob Ewing"), (Names{"Rob Ewing"}));
    EXPECT_EQ(byline_names("Por Ana Gómez y Luis Pérez"), (Names{"Ana Gómez", "Luis Pérez"}));
    EXPECT_EQ(byline_names("Door Jan de Vries"), (Names{"Jan de Vries"}));
    EXPECT_EQ(byline_names("Av Karin Berg"), (Names{"Karin Berg"}));
    // A marker word before a lower-case word is the start of a sentence.
    EXPECT_FALSE(starts_like_byline("Por qué sube el precio"));
    EXPECT_FALSE(starts_like_byline("Di solito il traghetto parte presto"));
}

TEST(Byline, RolesAndDatesAfterTheNamesAreCut) {
    EXPECT_EQ(byline_names("By Ben Silverman, Games Editor"), (Names{"Ben Silverman"}));
    EXPECT_EQ(byline_names("Daniel Kahn Gillmor, Senior Staff Technologist, Speech and Technology Project"),
              (Names{"Daniel Kahn Gillmor"}));
    EXPECT_EQ(byline_names("By Nathan Willis March 25, 2015"), (Names{"Nathan Willis"}));
    EXPECT_EQ(byline_names("By GILLIAN MOHNEY March 11, 2015 3:46 PM"), (Names{"GILLIAN MOHNEY"}));
    EXPECT_TRUE(byline_names("Follow Author").empty());
    EXPECT_TRUE(byline_names("By AP Auto Writer").empty());
}

TEST(Byline, MoreMarkersRolesCapitalsAndSecondCredits) {
    EXPECT_EQ(byline_names("Posted by Ines Varga, Staff Writer"), (Names{"Ines Varga"}));
    EXPECT_EQ(byline_names("Door Joost de Wit"), (Names{"Joost de Wit"}));
    EXPECT_EQ(byline_names("BY KWAME ASANTE"), (Names{"KWAME ASANTE"}));
    EXPECT_EQ(byline_names("Written by Ada Lind Edited by Ben Roth"), (Names{"Ada Lind", "Ben Roth"}));
    EXPECT_EQ(byline_names("By Nora Holt (with Ivo Sand)"), (Names{"Nora Holt", "Ivo Sand"}));
    EXPECT_EQ(byline_names("Par Léa Roy (avec Marc Petit et Anne Blanc)"),
              (Names{"Léa Roy", "Marc Petit", "Anne Blanc"}));
    EXPECT_EQ(byline_names("By Nora Holt (Reuters)"), (Names{"Nora Holt"}));
    EXPECT_EQ(byline_names("Tuesday 15 October 2019 by Nora Holt"), (Names{"Nora Holt"}));
    EXPECT_EQ(byline_date_text("Tuesday 15 October 2019 by Nora Holt"), "Tuesday 15 October 2019");
    EXPECT_TRUE(starts_like_byline("15 October 2019 by Nora Holt"));
    EXPECT_FALSE(starts_like_byline("The report of 15 October 2019 by the council"));
    EXPECT_EQ(byline_names("By NORA HOLT JAN. 13, 2017"), (Names{"NORA HOLT"}));
    EXPECT_EQ(byline_names("by Nora Holt @noraholt February 1, 2016: 12:41 PM ET"), (Names{"Nora Holt"}));
}

TEST(Byline, LineOfNothingButNames) {
    EXPECT_EQ(name_line_names("Ines Varga"), (Names{"Ines Varga"}));
    EXPECT_EQ(name_line_names("KWAME ASANTE"), (Names{"KWAME ASANTE"}));
    EXPECT_EQ(name_line_names("Ines Varga, Senior Correspondent"), (Names{"Ines Varga"}));
    EXPECT_EQ(name_line_names("Ines Varga and Kwame Asante - Apr 16, 2015 8:02 pm"),
              (Names{"Ines Varga", "Kwame Asante"}));
    EXPECT_EQ(name_line_names("Pieter J. van Dam"), (Names{"Pieter J. van Dam"}));
}

TEST(Byline, LinesThatAreNoNames) {
    EXPECT_TRUE(name_line_names("About This Site").empty());
    EXPECT_TRUE(name_line_names("Erster Satz. Zweiter Satz.").empty());
    EXPECT_TRUE(name_line_names("By Ines Varga").empty());  // a marked byline is read by byline_names
    EXPECT_TRUE(name_line_names("Staff Writer").empty());
    EXPECT_TRUE(name_line_names("The harbour grew again").empty());
}

TEST(Byline, DateAtTheEnd) {
    EXPECT_EQ(byline_date_text("Von Anna Berg | 05.03.2024"), "05.03.2024");
    EXPECT_EQ(byline_date_text("By Anna Berg · March 4, 2024"), "March 4, 2024");
    EXPECT_EQ(byline_date_text("By Anna Berg, March 4, 2024"), "March 4, 2024");
    EXPECT_EQ(byline_date_text("Von Anna Berg, Berlin"), "");
}

TEST(PersonNames, NameShapes) {
    EXPECT_TRUE(looks_like_name("Anna Berg"));
    EXPECT_TRUE(looks_like_name("JOE HILDEBRAND"));
    EXPECT_FALSE(looks_like_name("BREAKING NEWS"));
    EXPECT_FALSE(looks_like_name("Staff Writer"));
    EXPECT_TRUE(has_role_word("Harbour Post Staff Writer"));
    EXPECT_FALSE(has_role_word("Anna Berg"));
    EXPECT_TRUE(looks_like_name("Dr. Miriam Osterkamp"));
    EXPECT_TRUE(looks_like_name("Jean-Luc de Montfort"));
    EXPECT_FALSE(looks_like_name("Anna"));
    EXPECT_FALSE(looks_like_name("Die Hafenbahn"));
    EXPECT_FALSE(looks_like_name("Anna Berg von"));
    EXPECT_FALSE(looks_like_name("Anna Maria Berg Ott Lange"));
}

TEST(PersonNames, SplitNamesAtCommasAndJoiningWords) {
    EXPECT_EQ(split_names("A Ab, B Bb und C Cc"), (Names{"A Ab", "B Bb", "C Cc"}));
    EXPECT_EQ(split_names("A Ab & B Bb; C Cc et D Dd"), (Names{"A Ab", "B Bb", "C Cc", "D Dd"}));
}

TEST(PersonNames, MakePersonSplitsTwoWordNamesOnly) {
    const Person two = make_person("Anna Berg", "Anna Berg ist Forscherin.");
    EXPECT_EQ(two.given, "Anna");
    EXPECT_EQ(two.family, "Berg");
    EXPECT_EQ(to_plain_text(two.bio), "Anna Berg ist Forscherin.");
    const Person three = make_person("Ursula von Berg");
    EXPECT_EQ(three.given, "");
    EXPECT_TRUE(three.bio.empty());
}

TEST(PersonNames, MergeKeepsTheOrderOfTheNamesAndAttachesBios) {
    std::vector<Person> with_bios{make_person("Dr. Eva Kern", "Dr. Eva Kern ist Ärztin."),
                                  make_person("Jonas Ott", "Jonas Ott ist Reporter."),
                                  make_person("Lea Roth", "Lea Roth ist Fotografin.")};
    const std::vector<Person> authors = merge_authors({"Jonas Ott", "Eva Kern", "Tim Lang"}, with_bios);
    ASSERT_EQ(authors.size(), 4u);
    EXPECT_EQ(authors[0].name, "Jonas Ott");
    EXPECT_EQ(to_plain_text(authors[0].bio), "Jonas Ott ist Reporter.");
    EXPECT_EQ(authors[1].name, "Dr. Eva Kern");
    EXPECT_EQ(to_plain_text(authors[1].bio), "Dr. Eva Kern ist Ärztin.");
    EXPECT_EQ(authors[2].name, "Tim Lang");
    EXPECT_TRUE(authors[2].bio.empty());
    EXPECT_EQ(authors[3].name, "Lea Roth");
}

TEST(PersonNames, MergeWithoutNamesKeepsTheBios) {
    const std::vector<Person> authors =
        merge_authors({}, {make_person("Lea Roth", "Lea Roth ist Fotografin.")});
    ASSERT_EQ(authors.size(), 1u);
    EXPECT_EQ(authors[0].name, "Lea Roth");
}

}  // namespace
}  // namespace folio
