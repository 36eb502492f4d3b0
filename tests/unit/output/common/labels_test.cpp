// Tests for localized writer labels: byline, name lists and the bios heading in de, en, fr.
#include <gtest/gtest.h>

#include "output/common/labels.hpp"

namespace folio {

TEST(Labels, LanguageFallsBackToEnglish) {
    EXPECT_EQ(label_language("de"), "de");
    EXPECT_EQ(label_language("de-CH"), "de");
    EXPECT_EQ(label_language("FR_ca"), "fr");
    EXPECT_EQ(label_language("ko"), "en");
    EXPECT_EQ(label_language(""), "en");
    EXPECT_EQ(label_language("deu"), "en");
}

TEST(Labels, AboutTheAuthorsPerLanguageAndCount) {
    EXPECT_EQ(about_authors_label("en", 2), "About the authors");
    EXPECT_EQ(about_authors_label("en", 1), "About the author");
    EXPECT_EQ(about_authors_label("de", 2), "Über die Autoren");
    EXPECT_EQ(about_authors_label("de-AT", 1), "Zur Person");
    EXPECT_EQ(about_authors_label("fr", 3), "À propos des auteurs");
    EXPECT_EQ(about_authors_label("fr", 1), "À propos de l'auteur");
    EXPECT_EQ(about_authors_label("ko", 2), "About the authors");
}

TEST(Labels, BylineJoinsNamesWithTheLanguagesConjunction) {
    EXPECT_EQ(byline("en", {"A"}), "By A");
    EXPECT_EQ(byline("en", {"A", "B"}), "By A and B");
    EXPECT_EQ(byline("de", {"Frederic Spohr", "Jannik Krahe"}), "Von Frederic Spohr und Jannik Krahe");
    EXPECT_EQ(byline("fr", {"A", "B", "C"}), "Par A, B et C");
    EXPECT_EQ(byline("es", {"A", "B"}), "By A and B");
    EXPECT_EQ(byline("de", {}), "");
    EXPECT_EQ(join_names("de", {"A", "B", "C", "D"}), "A, B, C und D");
}

TEST(Labels, SourceLabel) {
    EXPECT_EQ(source_label("de"), "Quelle");
    EXPECT_EQ(source_label("en"), "Source");
    EXPECT_EQ(source_label("fr"), "Source");
}

TEST(Labels, PageNumbersMissingTitleAndBookNavigation) {
    EXPECT_EQ(page_n_of_m("de-AT", 2, 5), "Seite 2 von 5");
    EXPECT_EQ(page_n_of_m("fr", 1, 3), "Page 1 sur 3");
    EXPECT_EQ(page_n_of_m("it", 4, 4), "Page 4 of 4");
    EXPECT_EQ(untitled_label("de"), "Ohne Titel");
    EXPECT_EQ(untitled_label(""), "Untitled");
    EXPECT_EQ(book_labels("fr").contents, "Sommaire");
    EXPECT_EQ(book_labels("de").title_page, "Titelseite");
    EXPECT_EQ(book_labels("pt").cover, "Cover");
}

}  // namespace folio
