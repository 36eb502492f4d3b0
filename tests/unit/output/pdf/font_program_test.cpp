// The font program PoDoFo's subset fonts read, checked against FreeType's "whole font file": an sfnt file
// viewed where it is mapped, a WOFF font copied as FreeType decodes it, nothing for what FreeType cannot
// read.
#include "output/pdf/font_program.hpp"

#include FT_TRUETYPE_TABLES_H
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "tests/support/temp_dir.hpp"
#include "tests/support/test_data.hpp"

namespace folio {
namespace {

const std::string kTrueType = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";

// The TrueType font in `ttf` wrapped as WOFF 1.0 with its tables stored uncompressed.
std::string woff_of(const std::string& ttf) {
    const auto get = [&ttf](std::size_t at, int bytes) {
        std::uint32_t value = 0;
        for (int i = 0; i < bytes; ++i) value = value << 8 | static_cast<unsigned char>(ttf.at(at + i));
        return value;
    };
    const auto put = [](std::string& out, std::uint32_t value, int bytes) {
        for (int i = bytes - 1; i >= 0; --i) out.push_back(static_cast<char>(value >> (8 * i)));
    };
    const std::uint32_t tables = get(4, 2);
    std::string directory, data;
    std::uint32_t sfnt_size = 12 + 16 * tables;
    const std::uint32_t data_start = 44 + 20 * tables;
    for (std::uint32_t i = 0; i < tables; ++i) {  // the records are sorted by tag, as WOFF wants them
        const std::size_t record = 12 + 16 * i;
        const std::uint32_t offset = get(record + 8, 4), length = get(record + 12, 4);
        put(directory, get(record, 4), 4);
        put(directory, data_start + static_cast<std::uint32_t>(data.size()), 4);
        put(directory, length, 4);  // stored length = original length: not compressed
        put(directory, length, 4);
        put(directory, get(record + 4, 4), 4);
        data += ttf.substr(offset, length);
        data.append((4 - data.size() % 4) % 4, '\0');
        sfnt_size += (length + 3) / 4 * 4;
    }
    std::string woff = "wOFF";
    put(woff, get(0, 4), 4);  // the flavor: the sfnt version
    put(woff, data_start + static_cast<std::uint32_t>(data.size()), 4);
    put(woff, tables, 2);
    put(woff, 0, 2);
    put(woff, sfnt_size, 4);
    put(woff, 1, 2);
    put(woff, 0, 2);
    woff.append(20, '\0');  // no metadata, no private data
    return woff + directory + data;
}

class FontProgramTest : public ::testing::Test {
protected:
    void SetUp() override { ASSERT_EQ(FT_Init_FreeType(&library_), 0); }
    void TearDown() override { FT_Done_FreeType(library_); }

    // FT_Load_Sfnt_Table(face, 0, …): what PoDoFo's CreateForSubsetting embeds from the file.
    std::string freetype_whole_file(const std::string& path) {
        FT_Face face = nullptr;
        if (FT_New_Face(library_, path.c_str(), 0, &face) != 0) return {};
        FT_ULong length = 0;
        std::string bytes;
        if (FT_Load_Sfnt_Table(face, 0, 0, nullptr, &length) == 0) {
            bytes.resize(length);
            if (FT_Load_Sfnt_Table(face, 0, 0, reinterpret_cast<FT_Byte*>(bytes.data()), &length) != 0)
                bytes.clear();
        }
        FT_Done_Face(face);
        return bytes;
    }
    static std::string text(const pdf::FontProgram& program) {
        return {program.bytes.GetBuffer(), program.bytes.GetSize()};
    }

    FT_Library library_ = nullptr;
};

TEST_F(FontProgramTest, ATrueTypeFileIsViewedWhereItIsMappedAndIsFreeTypesWholeFile) {
    const pdf::FontProgram program = pdf::font_program(library_, kTrueType);
    ASSERT_NE(program.mapped, nullptr);
    EXPECT_EQ(program.bytes.GetBuffer(), program.mapped->data());  // viewed, not copied
    EXPECT_FALSE(program.bytes.TakePossesion());                   // PoDoFo never frees the mapping
    EXPECT_TRUE(text(program) == test::read_file(kTrueType));
    EXPECT_TRUE(text(program) == freetype_whole_file(kTrueType));
}

TEST_F(FontProgramTest, AWoffFontIsTheSfntFreeTypeDecodesFromIt) {
    test::TempDir dir;
    const std::string woff = woff_of(test::read_file(kTrueType));
    const std::string path = dir.add_file("DejaVuSerif.woff", woff).string();
    const pdf::FontProgram program = pdf::font_program(library_, path);
    EXPECT_EQ(program.mapped, nullptr);
    const std::string decoded = freetype_whole_file(path);
    ASSERT_FALSE(decoded.empty());
    EXPECT_EQ(decoded.substr(0, 4), std::string("\0\1\0\0", 4));
    EXPECT_TRUE(text(program) == decoded);
    EXPECT_FALSE(text(program) == woff);
}

TEST_F(FontProgramTest, WhatFreeTypeCannotReadGivesNoBytes) {
    test::TempDir dir;
    for (const std::string& path :
         {dir.add_file("notes.ttf", "no font at all").string(), (dir / "missing.ttf").string()}) {
        const pdf::FontProgram program = pdf::font_program(library_, path);
        EXPECT_EQ(program.bytes.GetSize(), 0u) << path;
    }
}

}  // namespace
}  // namespace folio
