// Tests for guess_language: exttextcat labels mapped to BCP 47, the stop-word fallback, thread safety.
#include <gtest/gtest.h>

#include <thread>
#include <vector>

#include "input/common/language.hpp"

namespace folio {
namespace {

constexpr const char* kGerman =
    "Die Bundesregierung hat am Mittwoch einen Gesetzentwurf beschlossen, der die Förderung von "
    "Wärmepumpen neu regelt. Kritiker bemängeln, dass die Zuschüsse für viele Haushalte nicht ausreichen.";
constexpr const char* kEnglish =
    "The government approved a draft law on Wednesday that changes how heat pumps are subsidised. "
    "Critics say that the grants will not be enough for many households.";
constexpr const char* kFrench =
    "Le gouvernement a adopté mercredi un projet de loi qui modifie le financement des pompes à chaleur. "
    "Les critiques estiment que les aides ne suffiront pas pour de nombreux ménages.";

TEST(Language, GuessesGermanEnglishFrench) {
    EXPECT_EQ(guess_language(kGerman), "de");
    EXPECT_EQ(guess_language(kEnglish), "en");
    EXPECT_EQ(guess_language(kFrench), "fr");
}

TEST(Language, EmptyTextIsUnknown) {
    EXPECT_EQ(guess_language(""), "");
    EXPECT_EQ(guess_language("   \n "), "");
}

TEST(Language, StopWordFallback) {
    EXPECT_EQ(guess_language_by_stop_words("Das ist nicht der Weg, und die Zeit ist knapp."), "de");
    EXPECT_EQ(guess_language_by_stop_words("This is not the way, and the time is short."), "en");
    EXPECT_EQ(guess_language_by_stop_words("Ce n'est pas le chemin, et le temps est court."), "fr");
    EXPECT_EQ(guess_language_by_stop_words("12345 67890"), "");
}

TEST(Language, ShortTextFallsBackToStopWords) {
    // Too short for exttextcat to decide, but the function words tell.
    EXPECT_EQ(guess_language("und die der das"), "de");
}

TEST(Language, IsSafeAcrossThreads) {
    std::vector<std::thread> threads;
    std::vector<std::string> results(8);
    for (std::size_t i = 0; i < results.size(); ++i) {
        threads.emplace_back([&results, i] { results[i] = guess_language(i % 2 == 0 ? kGerman : kFrench); });
    }
    for (auto& t : threads) t.join();
    for (std::size_t i = 0; i < results.size(); ++i) EXPECT_EQ(results[i], i % 2 == 0 ? "de" : "fr");
}

}  // namespace
}  // namespace folio
