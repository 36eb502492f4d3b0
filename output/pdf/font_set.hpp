// The fonts of one document: for every style a chain of TrueType files, the first covering a glyph wins. A
// chain is resolved only as far as lookups need: a fallback font is found and read when the fonts before it
// lack a code point (German text never loads the Hangul font).
#pragma once

#include <compare>
#include <map>
#include <string>
#include <vector>

#include "formats/options.hpp"
#include "output/pdf/font_files.hpp"
#include "output/pdf/font_kerning.hpp"
#include "output/pdf/font_metrics.hpp"

namespace folio::pdf {

enum class Typeface { Serif, Sans, Mono };

struct FontStyle {
    Typeface face = Typeface::Serif;
    bool bold = false;
    bool italic = false;
    friend auto operator<=>(const FontStyle&, const FontStyle&) = default;
};

class FontSet {
public:
    // The body (serif) chain starts with the user's files from options when given.
    explicit FontSet(const WriteOptions& options);

    // The font that draws cp in this style: the first in the style's chain covering it; -1 when none does.
    int font_for(FontStyle style, char32_t cp);
    // The first font of the style's chain (for metrics such as the ascent).
    int primary(FontStyle style);

    const FontFile& file(int font) const { return files_[static_cast<std::size_t>(font)]; }
    const FontMetrics& metrics(int font) const { return *metrics_[static_cast<std::size_t>(font)]; }
    const FontKerning& kerning(int font) const { return *kerning_[static_cast<std::size_t>(font)]; }
    std::size_t size() const { return files_.size(); }

private:
    // One style's chain as far as it is resolved: its fonts in order, and how many of its sources (the
    // user's file for the body, then the installed families) have been looked at.
    struct Chain {
        std::vector<int> fonts;
        std::size_t sources_done = 0;
    };
    // Resolves the chain's next source that gives a font; false when no source is left.
    bool extend(FontStyle style, Chain& chain);
    int add(const FontFile& file);

    WriteOptions options_;
    std::vector<FontFile> files_;
    std::vector<const FontMetrics*> metrics_;
    std::vector<const FontKerning*> kerning_;
    std::map<FontStyle, Chain> chains_;
};

}  // namespace folio::pdf
