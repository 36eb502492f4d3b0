// The fonts of one document: for every style a chain of TrueType files, the first covering a glyph wins. A
// style's chain is found whole on its first use (so fonts are numbered in one order whatever the text), but a
// font file is read only when a lookup reaches it (German text never reads the Hangul font).
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
    const FontMetrics& metrics(int font) const;
    const FontKerning& kerning(int font) const;
    std::size_t size() const { return files_.size(); }

private:
    // The style's fonts in fallback order (the user's file for the body, then the installed families).
    const std::vector<int>& chain(FontStyle style);
    int add(const FontFile& file);

    WriteOptions options_;
    std::vector<FontFile> files_;
    mutable std::vector<const FontMetrics*> metrics_;  // null until the font is first measured
    mutable std::vector<const FontKerning*> kerning_;  // null until the font is first kerned
    std::map<FontStyle, std::vector<int>> chains_;
};

}  // namespace folio::pdf
