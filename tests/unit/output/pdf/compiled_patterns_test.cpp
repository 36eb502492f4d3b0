// Tests for compiled hyphenation dictionaries: the same break points as the parsed file, stale or damaged
// forms refused.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "formats/diagnostics.hpp"
#include "formats/utf8.hpp"
#include "output/pdf/compiled_patterns.hpp"
#include "output/pdf/hyphenation.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_data.hpp"

namespace folio::pdf {
namespace {

const PatternSource kSource{1093611, 1674600000123456789};

const PatternDictionary& german() {
    static const PatternDictionary dict =
        parse_pattern_dictionary(test::read_file("/usr/share/hyphen/hyph_de_DE.dic"));
    return dict;
}

// Loads a copy of the bytes, which the dictionary keeps alive.
std::optional<PatternDictionary> load(std::string_view bytes, const PatternSource& source) {
    const auto copy = std::make_shared<const std::string>(bytes);
    return load_compiled_patterns(*copy, copy, source);
}

TEST(CompiledPatterns, GiveTheSameBreakPointsAsTheParsedFile) {
    const auto compiled = std::make_shared<const std::string>(compile_patterns(german(), kSource));
    const std::optional<PatternDictionary> loaded = load_compiled_patterns(*compiled, compiled, kSource);
    ASSERT_TRUE(loaded.has_value());
    ASSERT_EQ(loaded->levels.size(), german().levels.size());
    EXPECT_EQ(loaded->no_hyphen, german().no_hyphen);
    EXPECT_EQ(loaded->mins.compound_right, german().mins.compound_right);
    int words = 0;
    const std::u32string text =
        decode_utf8(test::read_file(test::data_path("corpus/de_nordkorea_waffen.txt")));
    std::u32string word;
    for (char32_t c : text) {
        if ((c >= U'a' && c <= U'z') || c == U'ä' || c == U'ö' || c == U'ü' || c == U'ß') {
            word.push_back(c);
            continue;
        }
        if (word.size() >= 5) {
            EXPECT_EQ(hyphenate_word(*loaded, word, HyphenMins{2, 3, 2, 2}),
                      hyphenate_word(german(), word, HyphenMins{2, 3, 2, 2}))
                << encode_utf8(word);
            ++words;
        }
        word.clear();
    }
    EXPECT_GT(words, 300);
}

TEST(CompiledPatterns, AFormMadeFromAnotherVersionOfTheFileIsNotUsed) {
    const std::string compiled = compile_patterns(german(), kSource);
    EXPECT_FALSE(load(compiled, PatternSource{kSource.size + 1, kSource.modified_ns}));
    EXPECT_FALSE(load(compiled, PatternSource{kSource.size, kSource.modified_ns + 1}));
}

TEST(CompiledPatterns, TruncatedOrDamagedFormsAreRefusedOrHarmless) {
    const PatternDictionary small = parse_pattern_dictionary("UTF-8\nLEFTHYPHENMIN 1\na1b\nb1c\n.ab3a4s\n");
    const std::string compiled = compile_patterns(small, kSource);
    ASSERT_TRUE(load(compiled, kSource));
    for (std::size_t cut = 0; cut < compiled.size(); ++cut)
        EXPECT_FALSE(load(compiled.substr(0, cut), kSource)) << cut;
    EXPECT_FALSE(load(compiled + std::string(8, 'x'), kSource));
    // Any byte changed: either refused, or a dictionary whose use stays in bounds (checked under ASan).
    for (std::size_t at = 0; at < compiled.size(); ++at) {
        std::string damaged = compiled;
        damaged[at] = static_cast<char>(0xff);
        if (const auto loaded = load(damaged, kSource))
            hyphenate_word(*loaded, U"abcabsabc", HyphenMins{1, 1, 1, 1});
    }
}

TEST(CompiledPatterns, TheFirstLoadLeavesACompiledFormThatLaterLoadsMap) {
    const test::TempDir cache;
    const std::string dic = "/usr/share/hyphen/hyph_fr.dic";
    const auto parsed = load_pattern_file(dic, cache.path());
    ASSERT_NE(parsed, nullptr);
    EXPECT_EQ(parsed->storage, nullptr);  // parsed, owns its tries
    const std::filesystem::path compiled = cache.path() / compiled_patterns_file_name("hyph_fr.dic");
    ASSERT_TRUE(std::filesystem::exists(compiled));

    const auto mapped = load_pattern_file(dic, cache.path());
    ASSERT_NE(mapped, nullptr);
    EXPECT_NE(mapped->storage, nullptr);  // viewing the mapped compiled form
    const std::u32string word = U"gouvernementales";
    EXPECT_EQ(hyphenate_word(*mapped, word, HyphenMins{2, 3, 2, 2}),
              hyphenate_word(*parsed, word, HyphenMins{2, 3, 2, 2}));

    // A damaged compiled form is ignored and replaced.
    std::ofstream(compiled, std::ios::binary | std::ios::trunc) << "not a compiled dictionary";
    const auto reparsed = load_pattern_file(dic, cache.path());
    ASSERT_NE(reparsed, nullptr);
    EXPECT_EQ(reparsed->storage, nullptr);
    EXPECT_NE(load_pattern_file(dic, cache.path())->storage, nullptr);

    // No cache directory: parsed every time, nothing written.
    EXPECT_EQ(load_pattern_file(dic, "")->storage, nullptr);
    EXPECT_EQ(load_pattern_file("/nonexistent/hyph_xx.dic", cache.path()), nullptr);
}

// Another version of folio keeps its own form beside this one's: neither replaces the other, so running
// both in turn does not compile the dictionary again on every run.
TEST(CompiledPatterns, AFormOfAnotherVersionIsLeftAlone) {
    const test::TempDir cache;
    const std::string name = compiled_patterns_file_name("hyph_fr.dic");
    EXPECT_EQ(name.rfind("hyph_fr.dic.", 0), 0u);
    EXPECT_NE(name, "hyph_fr.dic.bin");  // the name versions before 3 used
    const std::filesystem::path other = cache.path() / "hyph_fr.dic.bin";
    std::ofstream(other, std::ios::binary) << "folio-hyphenation-patterns 2 (another version's form)";
    ASSERT_NE(load_pattern_file("/usr/share/hyphen/hyph_fr.dic", cache.path()), nullptr);
    EXPECT_EQ(test::read_file(other), "folio-hyphenation-patterns 2 (another version's form)");
    const auto mapped = load_pattern_file("/usr/share/hyphen/hyph_fr.dic", cache.path());
    ASSERT_NE(mapped, nullptr);
    EXPECT_NE(mapped->storage, nullptr);  // this version's own form, mapped
}

TEST(CompiledPatterns, ACacheEntryThatIsNoRegularFileIsReplacedNotOpened) {
    const std::string dic = "/usr/share/hyphen/hyph_fr.dic";
    const auto good = load_pattern_file(dic, "");
    ASSERT_NE(good, nullptr);
    const std::u32string word = U"gouvernementales";
    const auto expected = hyphenate_word(*good, word, HyphenMins{2, 3, 2, 2});
    const auto make_fifo = [](const std::filesystem::path& path) {
        ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
    };
    const auto make_link_to_fifo = [&](const std::filesystem::path& path) {
        make_fifo(path.string() + ".fifo");
        std::filesystem::create_symlink(path.string() + ".fifo", path);
    };
    const auto make_link_to_device = [](const std::filesystem::path& path) {
        std::filesystem::create_symlink("/dev/zero", path);
    };
    for (const auto& make : {std::function<void(const std::filesystem::path&)>(make_fifo),
                             std::function<void(const std::filesystem::path&)>(make_link_to_fifo),
                             std::function<void(const std::filesystem::path&)>(make_link_to_device)}) {
        const test::TempDir cache;
        const std::filesystem::path compiled = cache.path() / compiled_patterns_file_name("hyph_fr.dic");
        make(compiled);
        // Opening a FIFO for reading would wait for a writer forever; the dictionary is parsed instead.
        const auto parsed = load_pattern_file(dic, cache.path());
        ASSERT_NE(parsed, nullptr);
        EXPECT_EQ(parsed->storage, nullptr);
        EXPECT_EQ(hyphenate_word(*parsed, word, HyphenMins{2, 3, 2, 2}), expected);
        // The entry was replaced by a regular compiled form, which the next load maps.
        EXPECT_TRUE(std::filesystem::is_regular_file(std::filesystem::symlink_status(compiled)));
        const auto mapped = load_pattern_file(dic, cache.path());
        ASSERT_NE(mapped, nullptr);
        EXPECT_NE(mapped->storage, nullptr);
    }
}

TEST(CompiledPatterns, ATemporaryNameTakenByAFifoDoesNotBlockTheStore) {
    const test::TempDir cache;
    const std::filesystem::path temporary =
        cache.path() / (compiled_patterns_file_name("hyph_fr.dic") + ".tmp" + std::to_string(::getpid()));
    ASSERT_EQ(::mkfifo(temporary.c_str(), 0600), 0);
    ASSERT_NE(load_pattern_file("/usr/share/hyphen/hyph_fr.dic", cache.path()), nullptr);
    EXPECT_TRUE(std::filesystem::is_regular_file(
        std::filesystem::symlink_status(cache.path() / compiled_patterns_file_name("hyph_fr.dic"))));
    EXPECT_FALSE(std::filesystem::exists(std::filesystem::symlink_status(temporary)));
}

}  // namespace
}  // namespace folio::pdf
