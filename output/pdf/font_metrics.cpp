// Glyph coverage and advance widths of a TrueType file, read once per process with FreeType and shared.
#include "output/pdf/font_metrics.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_TRUETYPE_TABLES_H
#include FT_TRUETYPE_TAGS_H

#include <map>
#include <memory>
#include <mutex>

#include "formats/diagnostics.hpp"

namespace folio::pdf {

namespace {

// FreeType objects are not thread-safe; every use goes through this lock.
std::mutex& freetype_mutex() {
    static std::mutex mutex;
    return mutex;
}

FT_Library freetype() {
    static FT_Library library = [] {
        FT_Library created = nullptr;
        if (FT_Init_FreeType(&created) != 0) throw Error("cannot initialise FreeType");
        return created;
    }();
    return library;
}

struct FaceCloser {
    void operator()(FT_Face face) const { FT_Done_Face(face); }
};
using FacePtr = std::unique_ptr<std::remove_pointer_t<FT_Face>, FaceCloser>;

FacePtr open_face(const std::string& path) {
    FT_Face face = nullptr;
    if (FT_New_Face(freetype(), path.c_str(), 0, &face) != 0) return nullptr;
    return FacePtr(face);
}

bool has_glyf_table(FT_Face face) {
    FT_ULong length = 0;
    return FT_IS_SFNT(face) && FT_Load_Sfnt_Table(face, TTAG_glyf, 0, nullptr, &length) == 0 && length > 0;
}

}  // namespace

FontMetrics::FontMetrics(const std::string& path) {
    page_of_.fill(-1);
    const std::lock_guard lock(freetype_mutex());
    FacePtr face = open_face(path);
    if (!face) throw Error("cannot read font file: " + path);
    const double units = face->units_per_EM > 0 ? face->units_per_EM : 1000.0;
    ascent_ = face->ascender / units;
    descent_ = face->descender / units;
    family_ = face->family_name != nullptr ? face->family_name : "";
    FT_UInt glyph = 0;
    for (FT_ULong cp = FT_Get_First_Char(face.get(), &glyph); glyph != 0;
         cp = FT_Get_Next_Char(face.get(), cp, &glyph)) {
        if (cp > 0xFFFF) continue;
        FT_Fixed advance = 0;
        if (FT_Get_Advance(face.get(), glyph, FT_LOAD_NO_SCALE, &advance) != 0) continue;
        std::int16_t& page = page_of_[cp >> 8];
        if (page < 0) {
            page = static_cast<std::int16_t>(pages_.size());
            pages_.emplace_back().fill(kNone);
        }
        pages_[static_cast<std::size_t>(page)][cp & 0xFF] = static_cast<float>(advance / units);
    }
}

const FontMetrics& font_metrics(const std::string& path) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<FontMetrics>> loaded;
    const std::lock_guard lock(mutex);
    auto it = loaded.find(path);
    if (it == loaded.end()) it = loaded.emplace(path, std::make_unique<FontMetrics>(path)).first;
    return *it->second;
}

bool is_truetype_file(const std::string& path) {
    const std::lock_guard lock(freetype_mutex());
    const FacePtr face = open_face(path);
    return face && has_glyf_table(face.get());
}

}  // namespace folio::pdf
