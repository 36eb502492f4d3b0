// Tests for the line-level rules of the text reader: noise, credits, notes, labels, list markers, bio names.
#include <gtest/gtest.h>

#include "input/common/bios.hpp"
#include "input/common/line_shape.hpp"
#include "input/text/noise.hpp"

namespace folio {
namespace {

TEST(Noise, LanguageSwitches) {
    for (const char* line : {"EN", "DE", "FR", "English", "Deutsch", "EN | DE", "DE / EN / FR", "Français",
                             "EN · DE · 한국어"}) {
        EXPECT_TRUE(is_language_switch(line)) << line;
    }
    for (const char* line : {"Europe", "Chile", "EU", "Deutsch lernen", "The EN 13501 norm"}) {
        EXPECT_FALSE(is_language_switch(line)) << line;
    }
}

TEST(Noise, PageControls) {
    for (const char* line : {"Reply", "SIGN UP FOR OUR NEWSLETTER", "Share", "Advertisement",
                             "Skip to content", "Antworten", "Partager", "Save", "Found This Helpful"}) {
        EXPECT_TRUE(is_page_control(line)) << line;
    }
    for (const char* line : {"Replying to critics", "Share prices fell", "The advertisement", "Comments"}) {
        EXPECT_FALSE(is_page_control(line)) << line;
    }
}

TEST(Noise, ReadingTimes) {
    for (const char* line :
         {"Lesezeit: 4 Min.", "Reading time: 5 min", "Temps de lecture : 3 min", "4 min read",
          "Lesedauer 7 Minuten", "5-minute read", "3 Min. Lesezeit", "Read time: 2 minutes"}) {
        EXPECT_TRUE(is_reading_time(line)) << line;
    }
    for (const char* line : {"Die Fahrt dauert 4 Minuten.", "Reading the fine print", "4 min"}) {
        EXPECT_FALSE(is_reading_time(line)) << line;
    }
}

TEST(LineShape, Credits) {
    for (const char* line :
         {"© picture alliance / dpa", "(c) Marco Ferreira", "Foto: Hanna Schubert", "Fotos: Archiv",
          "Photo: Pierre Lacombe/AFP", "Bild: Stadt Kiel", "Image: NASA", "Credit: Reuters",
          "Quelle: Stadtwerke", "Source : Agence", "Crédit : Studio Lumière", "Photo : AFP"}) {
        EXPECT_TRUE(is_credit_line(line)) << line;
    }
    for (const char* line : {"Fotografie ist eine Kunst.", "Source of the problem: the grid", "Bild:"}) {
        EXPECT_FALSE(is_credit_line(line)) << line;
    }
}

TEST(LineShape, UpdateNotes) {
    for (const char* line :
         {"Update: The vote was moved to Friday.", "Aktualisierung: Die Zahl wurde korrigiert.",
          "Korrektur: In einer früheren Fassung hieß es …", "Mise à jour : le vote a eu lieu.",
          "Correction : le chiffre exact est 34.", "Editor's note: This piece was updated.",
          "Anmerkung der Redaktion: Der Text wurde ergänzt."}) {
        EXPECT_TRUE(is_update_note(line)) << line;
    }
    EXPECT_FALSE(is_update_note("Supporters point to several advantages:"));
    EXPECT_FALSE(is_update_note("Busan: Die Hafenstadt, die sich neu erfinden muss"));
}

TEST(LineShape, AuthorLabels) {
    for (const char* line : {"Über die Autoren", "Über den Autor", "Die Autorinnen und Autoren",
                             "Zur Autorin", "About the authors", "About the author:", "The authors",
                             "À propos des auteurs", "À propos de l’autrice", "Les auteurs"}) {
        EXPECT_TRUE(is_author_label(line)) << line;
    }
    for (const char* line : {"Die Expo als verpasste Chance", "About the region", "Autorenrechte", "Die"}) {
        EXPECT_FALSE(is_author_label(line)) << line;
    }
}

TEST(LineShape, ListMarkers) {
    EXPECT_EQ(list_marker("• Users can prove it.")->item, "Users can prove it.");
    EXPECT_FALSE(list_marker("- It leaves out Kosovo.")->ordered);
    EXPECT_FALSE(list_marker("– une prime ;")->ordered);
    EXPECT_TRUE(list_marker("1. Ein zweites Gleis.")->ordered);
    EXPECT_TRUE(list_marker("2) Time-of-use tariffs.")->ordered);
    EXPECT_FALSE(list_marker("2024 war ein gutes Jahr."));
    EXPECT_FALSE(list_marker("-5 Grad am Morgen"));
    EXPECT_FALSE(list_marker("12.09.2023"));
}

TEST(LineShape, SentenceEnds) {
    EXPECT_TRUE(ends_like_sentence("Er sagte: „Wir kommen.“"));
    EXPECT_TRUE(ends_like_sentence("Critics raise three objections:"));
    EXPECT_FALSE(ends_like_sentence("Die Expo als verpasste Chance "));
    EXPECT_TRUE(is_short_phrase("Lehren aus dem Kupfer", 12));
    EXPECT_FALSE(is_short_phrase("Lehren aus dem Kupfer.", 12));
}

TEST(Bios, NamesFollowedByABioVerb) {
    EXPECT_EQ(bio_name("Frederic Spohr leitet das Büro in Seoul.").value_or("-"), "Frederic Spohr");
    EXPECT_EQ(bio_name("Lee Dong-hyun ist freier Journalist.").value_or("-"), "Lee Dong-hyun");
    EXPECT_EQ(bio_name("Ursula von der Leyen war Ministerin.").value_or("-"), "Ursula von der Leyen");
    EXPECT_EQ(bio_name("Siobhan O’Neill teaches history in Cork.").value_or("-"), "Siobhan O’Neill");
    EXPECT_EQ(bio_name("Amélie Ndiaye dirige le bureau de Dakar.").value_or("-"), "Amélie Ndiaye");
}

TEST(Bios, SentencesThatAreNoBios) {
    EXPECT_FALSE(bio_name("Die Autorin ist Journalistin in Kiel."));
    EXPECT_FALSE(bio_name("The minister is expected to resign."));
    EXPECT_FALSE(bio_name("Le gouvernement est divisé sur la question."));
    EXPECT_FALSE(bio_name("Anna Berg ist überzeugt, dass die Reform kommt."));
    EXPECT_FALSE(bio_name("Oliver Grant is convinced that prices will fall."));
    EXPECT_FALSE(bio_name("Julia Brandt sagt, die Lage sei ernst."));
    EXPECT_FALSE(bio_name("Julia ist Referentin."));
    EXPECT_FALSE(bio_name("julia brandt ist Referentin."));
}

}  // namespace
}  // namespace folio
