// Glyph coverage and advance widths of a TrueType file, read once per process with FreeType and shared.
#pragma once

#include <string>
#include <unordered_map>

namespace folio::pdf {

class FontMetrics {
public:
    explicit FontMetrics(const std::string& path);  // throws folio::Error when FreeType cannot read it

    // True when the font maps this code point to a glyph (Basic Multilingual Plane only: PoDoFo's
    // Identity-H encoding works on UTF-16 code units).
    bool covers(char32_t cp) const { return advances_.contains(cp); }
    // The advance width in em (0 for code points the font does not cover).
    double advance(char32_t cp) const;
    double ascent() const { return ascent_; }    // em, positive
    double descent() const { return descent_; }  // em, negative
    const std::string& family() const { return family_; }

private:
    std::unordered_map<char32_t, float> advances_;
    double ascent_ = 0.8;
    double descent_ = -0.2;
    std::string family_;
};

// The metrics of a font file, loaded on first use and kept for the life of the process.
const FontMetrics& font_metrics(const std::string& path);

// True when the file is an sfnt font with TrueType ('glyf') outlines, the only kind PoDoFo 0.9.8 embeds.
bool is_truetype_file(const std::string& path);

}  // namespace folio::pdf
