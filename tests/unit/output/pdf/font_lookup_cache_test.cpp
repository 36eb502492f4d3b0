// Tests for the kept fontconfig answers: read back while their state holds, dropped once a file or folder
// they depend on, or the environment steering fontconfig, changes.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "output/pdf/font_lookup_cache.hpp"

namespace folio::pdf {
namespace {

namespace fs = std::filesystem;

class FontLookupCache : public ::testing::Test {
protected:
    void SetUp() override {
        folder_ = fs::temp_directory_path() / ("folio-font-cache-" + std::to_string(::getpid()));
        fs::create_directories(folder_);
        std::ofstream(folder_ / "font.ttf") << "not really a font";
    }
    void TearDown() override { fs::remove_all(folder_); }

    // Answers made under the present state of the folder, its font file and a folder that is missing.
    std::string kept_answers() const {
        FontLookupState state{fontconfig_environment(), {}};
        for (const fs::path& path : {folder_, folder_ / "font.ttf", folder_ / "missing"})
            state.paths.push_back(stamp_of(path.string()));
        const FontAnswers answers = {{{"Liberation Serif", false, false}, (folder_ / "font.ttf").string()},
                                     {{"Liberation Serif", true, true}, ""}};
        return serialize_font_answers(state, answers);
    }

    fs::path folder_;
};

TEST_F(FontLookupCache, AnswersReadBackWhileNothingChanged) {
    const auto answers = parse_font_answers(kept_answers());
    ASSERT_TRUE(answers.has_value());
    EXPECT_EQ(answers->size(), 2u);
    EXPECT_EQ(answers->at({"Liberation Serif", false, false}), (folder_ / "font.ttf").string());
    EXPECT_EQ(answers->at({"Liberation Serif", true, true}), "");
}

TEST_F(FontLookupCache, ChangedFontFileDropsTheAnswers) {
    const std::string kept = kept_answers();
    fs::last_write_time(folder_ / "font.ttf",
                        fs::last_write_time(folder_ / "font.ttf") - std::chrono::hours(1));
    EXPECT_FALSE(parse_font_answers(kept).has_value());
}

TEST_F(FontLookupCache, NewFileInAFolderDropsTheAnswers) {
    const std::string kept = kept_answers();
    fs::last_write_time(folder_,
                        fs::last_write_time(folder_) - std::chrono::hours(1));  // as a new file would
    EXPECT_FALSE(parse_font_answers(kept).has_value());
}

TEST_F(FontLookupCache, FolderThatAppearsDropsTheAnswers) {
    const std::string kept = kept_answers();
    fs::create_directory(folder_ / "missing");
    EXPECT_FALSE(parse_font_answers(kept).has_value());
}

TEST_F(FontLookupCache, ChangedEnvironmentDropsTheAnswers) {
    const std::string kept = kept_answers();
    ASSERT_EQ(::setenv("FC_LANG", "ko", 1), 0);
    EXPECT_FALSE(parse_font_answers(kept).has_value());
    ASSERT_EQ(::unsetenv("FC_LANG"), 0);
    EXPECT_TRUE(parse_font_answers(kept).has_value());
}

TEST_F(FontLookupCache, DamagedFilesAreNotUsed) {
    const std::string kept = kept_answers();
    EXPECT_FALSE(parse_font_answers("").has_value());
    EXPECT_FALSE(parse_font_answers("something else\n").has_value());
    EXPECT_FALSE(parse_font_answers(kept.substr(0, kept.size() - 1)).has_value());  // last line cut
    EXPECT_FALSE(parse_font_answers(kept + "unknown line\n").has_value());
}

TEST(FontLookupCacheText, NamesThatDoNotFitOnALineAreNotKept) {
    const FontLookupState state{fontconfig_environment(), {}};
    EXPECT_EQ(serialize_font_answers(state, {{{"Bad\nFamily", false, false}, "/x.ttf"}}), "");
    EXPECT_EQ(serialize_font_answers(state, {{{"Family", false, false}, "/a\tb.ttf"}}), "");
}

}  // namespace
}  // namespace folio::pdf
