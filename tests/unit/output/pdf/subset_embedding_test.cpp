// The subset embedding checked against PoDoFo's own: the same characters give the same objects, byte for
// byte, streams included (widths, ToUnicode CMap, CIDSet, subset font file).
#include "output/pdf/subset_embedding.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "output/pdf/deflated_stream.hpp"
#include "output/pdf/font_files.hpp"

namespace folio {
namespace {

std::string installed_font(const char* family, bool bold) {
    const auto file = pdf::find_installed_font(family, bold, false);
    return file ? file->path : std::string();
}

std::string utf8(const std::vector<char32_t>& characters) {
    std::string out;
    for (const char32_t c : characters) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0x800) {
            out += static_cast<char>(0xC0 | (c >> 6));
            out += static_cast<char>(0x80 | (c & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (c >> 12));
            out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    return out;
}

// Every object made for a subset font of the file at path with `characters` drawn, as
// its PDF text followed by its stream's bytes as stored and decoded; embedded by PoDoFo or by folio.
std::vector<std::string> subset_font_objects(const std::string& path, const std::vector<char32_t>& characters,
                                             bool by_folio) {
    std::ifstream in(path, std::ios::binary);
    const std::string file{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    PoDoFo::PdfRefCountedBuffer bytes(file.size());
    std::copy(file.begin(), file.end(), bytes.GetBuffer());
    FT_Library library = nullptr;
    EXPECT_EQ(FT_Init_FreeType(&library), 0);
    static const PoDoFo::PdfIdentityEncoding encoding(0, 0xffff, false);

    std::vector<std::string> objects;
    {
        PoDoFo::PdfMemDocument doc;
        const std::size_t own = doc.GetObjects().GetSize();  // the document's own, dated: not compared
        auto* metrics = new PoDoFo::PdfFontMetricsFreetype(&library, bytes, false, "AAAAAA+");
        PoDoFo::PdfFont* font = PoDoFo::PdfFontFactory::CreateFontObject(
            metrics, PoDoFo::ePdfFont_Subsetting | PoDoFo::ePdfFont_Embedded, &encoding, &doc.GetObjects());
        if (!characters.empty()) {
            const std::string text = utf8(characters);
            const PoDoFo::PdfString string(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str()));
            font->AddUsedSubsettingGlyphs(string, string.GetCharacterLength());
        }
        if (by_folio) {
            pdf::StreamDeflation deflation;
            pdf::embed_subset_font(*font, deflation);
            deflation.finish();
        } else {
            font->EmbedSubsetFont();
        }
        for (std::size_t i = own; i < doc.GetObjects().GetSize(); ++i) {
            const PoDoFo::PdfObject* object = doc.GetObjects()[i];
            std::string text;
            object->ToString(text);
            if (object->HasStream()) {
                char* data = nullptr;
                PoDoFo::pdf_long size = 0;
                object->GetStream()->GetCopy(&data, &size);  // as stored
                text.append(data, static_cast<std::size_t>(size));
                PoDoFo::podofo_free(data);
                object->GetStream()->GetFilteredCopy(&data, &size);  // decoded
                text.append(data, static_cast<std::size_t>(size));
                PoDoFo::podofo_free(data);
            }
            objects.push_back(text);
        }
        delete font;
    }
    FT_Done_FreeType(library);
    return objects;
}

std::vector<char32_t> range(char32_t first, char32_t last, char32_t step = 1) {
    std::vector<char32_t> out;
    for (char32_t c = first; c <= last; c += step) out.push_back(c);
    return out;
}

// Folio's objects, all in one string, after checking them against PoDoFo's.
std::string expect_same_as_podofo(const char* family, bool bold, const std::vector<char32_t>& characters) {
    const std::string path = installed_font(family, bold);
    EXPECT_FALSE(path.empty()) << family;
    if (path.empty()) return {};
    const std::vector<std::string> podofo = subset_font_objects(path, characters, false);
    const std::vector<std::string> folio = subset_font_objects(path, characters, true);
    EXPECT_EQ(folio.size(), podofo.size());
    if (folio.size() != podofo.size()) return {};
    for (std::size_t i = 0; i < podofo.size(); ++i)  // binary: reported by index and size, not printed
        EXPECT_TRUE(folio[i] == podofo[i])
            << "object " << i << ": " << folio[i].size() << " bytes against " << podofo[i].size();
    std::string all;
    for (const std::string& object : folio) all += object;
    for (const char* key : {"/W [", "/ToUnicode", "/CIDSet", "/FontFile2", "/Length1"})
        EXPECT_NE(all.find(key), std::string::npos) << key;
    return all;
}

TEST(SubsetEmbedding, NoCharacterDrawnEmbedsTheSpaceAsPoDoFoDoes) {
    expect_same_as_podofo("Liberation Serif", false, {});
}

TEST(SubsetEmbedding, AGermanSentenceGivesPoDoFosObjects) {
    expect_same_as_podofo("Liberation Serif", false,
                          {U'S', U'c', U'h', U'ü', U'ß', U'e', U' ', U'„', U'“', U'–', U'Ä', U'1', U'9'});
}

TEST(SubsetEmbedding, WholeScriptsCrossingGlyphBlocksGivePoDoFosObjects) {
    // Latin, Greek and Cyrillic: long runs of consecutive glyphs, split at 128 glyphs and at blocks of 256.
    const std::string all = expect_same_as_podofo("Liberation Sans", true, range(0x20, 0x52F));
    EXPECT_NE(all.find("<0100> <"), std::string::npos);  // a range starting a block of 256 glyphs
}

TEST(SubsetEmbedding, ScatteredCharactersInManyRangesGivePoDoFosObjects) {
    // Every third character: gaps between glyphs, width lists, and more than 99 ToUnicode ranges.
    EXPECT_NE(expect_same_as_podofo("Liberation Serif", false, range(0x21, 0x52F, 3)).find("99 beginbfrange"),
              std::string::npos);
    expect_same_as_podofo("Liberation Sans", false, range(0x20, 0x2FF, 2));
}

}  // namespace
}  // namespace folio
