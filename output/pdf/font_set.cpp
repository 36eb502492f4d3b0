// The fonts of one document: for every style a chain of TrueType files, the first covering a glyph wins.
#include "output/pdf/font_set.hpp"

#include <array>

#include "formats/diagnostics.hpp"

namespace folio::pdf {

namespace {

// Installed families per typeface, in fallback order: the text face, DejaVu for symbols, NanumGothic for
// Hangul.
std::array<const char*, 3> families(Typeface face) {
    switch (face) {
        case Typeface::Sans:
            return {"Liberation Sans", "DejaVu Sans", "NanumGothic"};
        case Typeface::Mono:
            return {"Liberation Mono", "DejaVu Sans Mono", "NanumGothic"};
        case Typeface::Serif:
            break;
    }
    return {"Liberation Serif", "DejaVu Serif", "NanumGothic"};
}

// The installed family in this style or, when it lacks the style, its nearest one.
std::optional<FontFile> nearest_installed(const char* family, bool bold, bool italic) {
    if (auto exact = find_installed_font(family, bold, italic)) return exact;
    if (italic)
        if (auto upright = find_installed_font(family, bold, false)) return upright;
    if (bold)
        if (auto regular = find_installed_font(family, false, italic)) return regular;
    return find_installed_font(family, false, false);
}

// The user's file for this style, falling back to the nearest style the user gave.
std::string user_path(const WriteOptions& options, bool bold, bool italic) {
    const std::array<const std::string*, 4> order =
        bold && italic ? std::array{&options.pdf_font_bold_italic, &options.pdf_font_bold,
                                    &options.pdf_font_italic, &options.pdf_font}
        : bold ? std::array{&options.pdf_font_bold, &options.pdf_font, &options.pdf_font, &options.pdf_font}
        : italic
            ? std::array{&options.pdf_font_italic, &options.pdf_font, &options.pdf_font, &options.pdf_font}
            : std::array{&options.pdf_font, &options.pdf_font, &options.pdf_font, &options.pdf_font};
    for (const std::string* path : order)
        if (!path->empty()) return *path;
    return {};
}

}  // namespace

FontSet::FontSet(const WriteOptions& options) : options_(options) {}

int FontSet::add(const FontFile& file) {
    for (std::size_t i = 0; i < files_.size(); ++i)
        if (files_[i].path == file.path) return static_cast<int>(i);
    metrics_.push_back(nullptr);
    kerning_.push_back(nullptr);
    files_.push_back(file);
    return static_cast<int>(files_.size() - 1);
}

const FontMetrics& FontSet::metrics(int font) const {
    const auto i = static_cast<std::size_t>(font);
    if (!metrics_[i]) metrics_[i] = &font_metrics(files_[i].path);
    return *metrics_[i];
}

const FontKerning& FontSet::kerning(int font) const {
    const auto i = static_cast<std::size_t>(font);
    if (!kerning_[i]) kerning_[i] = &font_kerning(files_[i].path);
    return *kerning_[i];
}

const std::vector<int>& FontSet::chain(FontStyle style) {
    auto it = chains_.find(style);
    if (it != chains_.end()) return it->second;
    std::vector<int> fonts;
    if (style.face == Typeface::Serif) {
        const std::string path = user_path(options_, style.bold, style.italic);
        if (!path.empty()) fonts.push_back(add(user_font(path, style.bold, style.italic)));
    }
    for (const char* family : families(style.face))
        if (auto found = nearest_installed(family, style.bold, style.italic)) fonts.push_back(add(*found));
    if (fonts.empty())
        throw Error("no usable TrueType font installed for the PDF (fonts-liberation2, fonts-dejavu-core)");
    return chains_.emplace(style, std::move(fonts)).first->second;
}

int FontSet::font_for(FontStyle style, char32_t cp) {
    for (int font : chain(style))
        if (metrics(font).covers(cp)) return font;
    return -1;
}

int FontSet::primary(FontStyle style) { return chain(style).front(); }

}  // namespace folio::pdf
