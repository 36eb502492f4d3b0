// Glyph coverage and advance widths of a TrueType file, read once per process with FreeType and shared.
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace folio::pdf {

class FontMetrics {
public:
    explicit FontMetrics(const std::string& path);  // throws folio::Error when FreeType cannot read it

    // True when the font maps this code point to a glyph (Basic Multilingual Plane only: PoDoFo's
    // Identity-H encoding works on UTF-16 code units).
    bool covers(char32_t cp) const { return !std::isnan(entry(cp)); }
    // The advance width in em (0 for code points the font does not cover).
    double advance(char32_t cp) const {
        const float value = entry(cp);
        return std::isnan(value) ? 0.0 : value;
    }
    double ascent() const { return ascent_; }    // em, positive
    double descent() const { return descent_; }  // em, negative
    const std::string& family() const { return family_; }

private:
    using Page = std::array<float, 256>;  // advances of 256 code points, NaN where the font has no glyph
    float entry(char32_t cp) const {
        const std::int16_t page = cp <= 0xFFFF ? page_of_[cp >> 8] : std::int16_t{-1};
        return page < 0 ? kNone : pages_[static_cast<std::size_t>(page)][cp & 0xFF];
    }
    static constexpr float kNone = std::numeric_limits<float>::quiet_NaN();

    std::array<std::int16_t, 256> page_of_;  // index into pages_ of each block of 256 code points, or -1
    std::vector<Page> pages_;
    double ascent_ = 0.8;
    double descent_ = -0.2;
    std::string family_;
};

// The metrics of a font file, loaded on first use and kept for the life of the process.
const FontMetrics& font_metrics(const std::string& path);

// True when the file is an sfnt font with TrueType ('glyf') outlines, the only kind PoDoFo 0.9.8 embeds.
bool is_truetype_file(const std::string& path);

}  // namespace folio::pdf
