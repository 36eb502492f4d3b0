// Malformed TrueType fonts given with --font, made at test time from a Debian font: each is refused
// with one line naming the file and the reason before PoDoFo's subsetter can read out of bounds.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

#include "tests/hostile/hostile_support.hpp"
#include "tests/support/temp_dir.hpp"
#include "tests/support/test_data.hpp"

namespace folio::test {
namespace {

namespace fs = std::filesystem;

const std::string article = FOLIO_TEST_DATA "/corpus/de_nordkorea_waffen.txt";

std::string debian_font() {
    for (const char* path : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                             "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf"})
        if (fs::exists(path)) return path;
    return {};
}

std::uint32_t u16(const std::string& f, std::size_t at) {
    return (std::uint32_t(static_cast<unsigned char>(f[at])) << 8) | static_cast<unsigned char>(f[at + 1]);
}
std::uint32_t u32(const std::string& f, std::size_t at) { return (u16(f, at) << 16) | u16(f, at + 2); }
void put16(std::string& f, std::size_t at, std::uint32_t v) {
    f[at] = static_cast<char>(v >> 8);
    f[at + 1] = static_cast<char>(v);
}
void put32(std::string& f, std::size_t at, std::uint32_t v) {
    put16(f, at, v >> 16);
    put16(f, at + 2, v & 0xFFFF);
}

struct TableRecord {
    std::size_t offset = 0;
    std::size_t length = 0;
};

TableRecord table(const std::string& font, const std::string& tag) {
    const std::size_t count = u16(font, 4);
    for (std::size_t i = 0; i < count; ++i) {
        const std::size_t record = 12 + 16 * i;
        if (font.compare(record, 4, tag) == 0) return {u32(font, record + 8), u32(font, record + 12)};
    }
    ADD_FAILURE() << "no table " << tag;
    return {};
}

// The font's loca entries: their offset, width in bytes and count (numGlyphs + 1).
struct Loca {
    std::size_t offset = 0;
    std::size_t width = 0;
    std::size_t entries = 0;
};

Loca loca_of(const std::string& font) {
    const bool long_loca = u16(font, table(font, "head").offset + 50) == 1;
    return {table(font, "loca").offset, std::size_t(long_loca ? 4 : 2),
            u16(font, table(font, "maxp").offset + 4) + 1u};
}

std::uint32_t loca_entry(const std::string& font, const Loca& loca, std::size_t i) {
    return loca.width == 4 ? u32(font, loca.offset + 4 * i) : u16(font, loca.offset + 2 * i);
}
void set_loca_entry(std::string& font, const Loca& loca, std::size_t i, std::uint32_t v) {
    if (loca.width == 4)
        put32(font, loca.offset + 4 * i, v);
    else
        put16(font, loca.offset + 2 * i, v);
}

struct Damage {
    const char* name;
    std::function<void(std::string&)> apply;
    const char* reason;
};

const std::vector<Damage>& damages() {
    static const std::vector<Damage> all = {
        {"reversed_loca",
         [](std::string& f) {
             const Loca loca = loca_of(f);
             std::vector<std::uint32_t> entries;
             for (std::size_t i = 0; i < loca.entries; ++i) entries.push_back(loca_entry(f, loca, i));
             for (std::size_t i = 0; i < loca.entries; ++i)
                 set_loca_entry(f, loca, i, entries[loca.entries - 1 - i]);
         },
         "loca table is not monotonic"},
        {"loca_ff",
         [](std::string& f) {
             const Loca loca = loca_of(f);
             for (std::size_t i = loca.entries / 3; i < loca.entries / 3 + 8; ++i)
                 set_loca_entry(f, loca, i, loca.width == 4 ? 0xFFFFFFFF : 0xFFFF);
         },
         "glyph"},
        {"huge_glyph",
         [](std::string& f) {
             const Loca loca = loca_of(f);
             // The last glyph claims 300 MB (or as much as short offsets can say).
             set_loca_entry(f, loca, loca.entries - 1, loca.width == 4 ? 300u << 20 : 0xFFFF);
         },
         "glyph"},
        {"glyf_outside_file",
         [](std::string& f) {
             const std::size_t count = u16(f, 4);
             for (std::size_t i = 0; i < count; ++i)
                 if (f.compare(12 + 16 * i, 4, "glyf") == 0) put32(f, 12 + 16 * i + 12, 0x7FFFFFFF);
         },
         "outside the file"},
        {"no_glyphs", [](std::string& f) { put16(f, table(f, "maxp").offset + 4, 0); }, "no glyphs"},
        {"cut_in_half", [](std::string& f) { f.resize(f.size() / 2); }, ""},
        {"hmetrics_beyond_glyphs", [](std::string& f) { put16(f, table(f, "hhea").offset + 34, 0xFFFF); },
         "numberOfHMetrics"},
    };
    return all;
}

TEST(HostileFont, MalformedTrueTypeFontsAreRefusedWithOneLine) {
    const std::string source = debian_font();
    if (source.empty()) GTEST_SKIP() << "no Debian TrueType font installed";
    const TempDir dir;
    const std::string input = dir.add_file("article.txt", read_file(article)).string();
    const std::string good = read_file(source);
    for (const Damage& damage : damages()) {
        SCOPED_TRACE(damage.name);
        std::string bytes = good;
        damage.apply(bytes);
        ASSERT_NE(bytes, good);
        const std::string font = dir.add_file(std::string(damage.name) + ".ttf", bytes).string();
        const std::string output = (dir / (std::string(damage.name) + ".pdf")).string();
        const TimedResult run = run_folio_timed({input, "-o", output, "--font", font});
        expect_bounded(run, 60, 400);
        EXPECT_EQ(run.process.exit_code, 1) << run.process.err;
        const std::vector<std::string> lines = lines_of(run.process.err);
        ASSERT_EQ(lines.size(), 1u) << run.process.err;
        EXPECT_NE(lines[0].find(font), std::string::npos) << lines[0];
        EXPECT_NE(lines[0].find(damage.reason), std::string::npos) << lines[0];
        EXPECT_FALSE(fs::exists(output));
    }
}

TEST(HostileFont, TheUndamagedFontIsEmbedded) {
    const std::string source = debian_font();
    if (source.empty()) GTEST_SKIP() << "no Debian TrueType font installed";
    const TempDir dir;
    const std::string input = dir.add_file("article.txt", read_file(article)).string();
    const std::string font = dir.add_file("good.ttf", read_file(source)).string();
    const std::string output = (dir / "good.pdf").string();
    const ProcessResult result = run_folio({input, "-o", output, "--font", font});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(fs::exists(output));
}

}  // namespace
}  // namespace folio::test
