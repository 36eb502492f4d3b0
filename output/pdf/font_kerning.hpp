// Kerning of a stretch of text in one font, from the font's GPOS or kern table through HarfBuzz.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct hb_blob_t;
struct hb_face_t;
struct hb_font_t;
struct hb_language_impl_t;

namespace folio::pdf {

// An extra advance between two glyphs of a run: after code point `after`, the pen moves by em (negative:
// the next glyph comes closer).
struct Kern {
    std::uint32_t after = 0;  // index of a code point in its run's text
    float em = 0;
    friend bool operator==(const Kern&, const Kern&) = default;
};

// The kerns of one word, counted from its first code point, and their sum in em.
struct ShapedWord {
    std::vector<Kern> kerns;
    double sum = 0;
};

// The HarfBuzz font of one TrueType file: immutable once made, so it is shared by every thread.
class FontKerning {
public:
    explicit FontKerning(const std::string& path);  // throws folio::Error when HarfBuzz cannot read it
    ~FontKerning();
    FontKerning(const FontKerning&) = delete;
    FontKerning& operator=(const FontKerning&) = delete;

    // Shapes text (no spaces, every code point covered by the font) with kerning and no glyph substitution,
    // appends its kerns with indexes shifted by offset, and returns their sum in em. Text the font would set
    // with other than its nominal glyphs (marks, complex scripts) gets no kerns: it stays as drawn before.
    // Words already shaped on this thread come from a small cache (bounded, emptied when full).
    double kern(std::u32string_view text, const std::string& lang, std::uint32_t offset,
                std::vector<Kern>& kerns) const;

private:
    ShapedWord shape(std::u32string_view text, const hb_language_impl_t* language) const;

    hb_blob_t* blob_ = nullptr;
    hb_face_t* face_ = nullptr;
    hb_font_t* font_ = nullptr;
    bool positioning_ = false;  // the font has a GPOS or a legacy kern table: kerning at all
};

// The kerning of a font file, loaded on first use and kept for the life of the process.
const FontKerning& font_kerning(const std::string& path);

}  // namespace folio::pdf
