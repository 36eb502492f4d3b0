// Kerning of a stretch of text in one font, from the font's GPOS or kern table through HarfBuzz.
#include "output/pdf/font_kerning.hpp"

#include <hb-ot.h>
#include <hb.h>

#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <utility>

#include "formats/diagnostics.hpp"

namespace folio::pdf {

namespace {

// Positioning only: every substitution a Latin, Greek or Cyrillic text meets by default is off, so each
// code point keeps its nominal glyph. Ligatures stay off too: PoDoFo 0.9.8 builds the subset, /W and
// ToUnicode from the code points drawn (through the cmap), so a ligature glyph without a code point of
// its own would be drawn but never embedded.
constexpr std::array<hb_feature_t, 7> kFeatures{{
    {HB_TAG('k', 'e', 'r', 'n'), 1, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
    {HB_TAG('l', 'i', 'g', 'a'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
    {HB_TAG('c', 'l', 'i', 'g'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
    {HB_TAG('c', 'a', 'l', 't'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
    {HB_TAG('c', 'c', 'm', 'p'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
    {HB_TAG('l', 'o', 'c', 'l'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
    {HB_TAG('r', 'l', 'i', 'g'), 0, HB_FEATURE_GLOBAL_START, HB_FEATURE_GLOBAL_END},
}};

struct BufferDeleter {
    void operator()(hb_buffer_t* buffer) const { hb_buffer_destroy(buffer); }
};

// One shaping buffer per thread, reused for every run.
hb_buffer_t* thread_buffer() {
    thread_local const std::unique_ptr<hb_buffer_t, BufferDeleter> buffer(hb_buffer_create());
    hb_buffer_clear_contents(buffer.get());
    return buffer.get();
}

// The kerns of words already shaped, per thread and per font and language.
struct WordHash {
    using is_transparent = void;
    std::size_t operator()(std::u32string_view word) const { return std::hash<std::u32string_view>{}(word); }
};
using WordCache = std::unordered_map<std::u32string, ShapedWord, WordHash, std::equal_to<>>;
constexpr std::size_t kMaxCachedWords = 4096;  // per cache; emptied when full, so it never grows further

WordCache& word_cache(const FontKerning* font, hb_language_t lang) {
    thread_local std::map<std::pair<const FontKerning*, hb_language_t>, WordCache> caches;
    WordCache& cache = caches[{font, lang}];
    if (cache.size() >= kMaxCachedWords) cache.clear();
    return cache;
}

bool has_table(hb_face_t* face, hb_tag_t tag) {
    hb_blob_t* table = hb_face_reference_table(face, tag);
    const bool found = hb_blob_get_length(table) > 0;
    hb_blob_destroy(table);
    return found;
}

}  // namespace

FontKerning::FontKerning(const std::string& path) {
    blob_ = hb_blob_create_from_file_or_fail(path.c_str());
    if (blob_ == nullptr) throw Error("cannot read font file: " + path);
    face_ = hb_face_create(blob_, 0);
    hb_face_make_immutable(face_);
    font_ = hb_font_create(face_);  // scaled in font units, HarfBuzz's own OpenType functions
    hb_font_make_immutable(font_);
    positioning_ = hb_ot_layout_has_positioning(face_) || has_table(face_, HB_TAG('k', 'e', 'r', 'n'));
}

FontKerning::~FontKerning() {
    hb_font_destroy(font_);
    hb_face_destroy(face_);
    hb_blob_destroy(blob_);
}

double FontKerning::kern(std::u32string_view text, const std::string& lang, std::uint32_t offset,
                         std::vector<Kern>& kerns) const {
    if (!positioning_ || text.size() < 2) return 0;
    const hb_language_t language =
        lang.empty() ? HB_LANGUAGE_INVALID : hb_language_from_string(lang.c_str(), -1);
    WordCache& cache = word_cache(this, language);
    auto found = cache.find(text);
    if (found == cache.end()) found = cache.emplace(std::u32string(text), shape(text, language)).first;
    for (const Kern& kern : found->second.kerns) kerns.push_back(Kern{offset + kern.after, kern.em});
    return found->second.sum;
}

ShapedWord FontKerning::shape(std::u32string_view text, hb_language_t language) const {
    hb_buffer_t* buffer = thread_buffer();
    hb_buffer_add_utf32(buffer, reinterpret_cast<const std::uint32_t*>(text.data()),
                        static_cast<int>(text.size()), 0, static_cast<int>(text.size()));
    hb_buffer_guess_segment_properties(buffer);
    if (language != HB_LANGUAGE_INVALID) hb_buffer_set_language(buffer, language);
    if (hb_buffer_get_direction(buffer) != HB_DIRECTION_LTR) return {};
    hb_shape(font_, buffer, kFeatures.data(), static_cast<unsigned>(kFeatures.size()));

    unsigned count = 0;
    const hb_glyph_info_t* info = hb_buffer_get_glyph_infos(buffer, &count);
    const hb_glyph_position_t* pos = hb_buffer_get_glyph_positions(buffer, &count);
    if (count != text.size()) return {};
    const double units = hb_face_get_upem(face_);
    ShapedWord shaped;
    for (unsigned i = 0; i < count; ++i) {
        hb_codepoint_t nominal = 0;
        if (info[i].cluster != i || !hb_font_get_nominal_glyph(font_, text[i], &nominal) ||
            info[i].codepoint != nominal || pos[i].x_offset != 0 || pos[i].y_offset != 0)
            return {};  // not the nominal glyphs: no kerning rather than a wrong one
        const hb_position_t delta = pos[i].x_advance - hb_font_get_glyph_h_advance(font_, nominal);
        if (delta == 0 || i + 1 == count) continue;  // nothing to move after the last glyph
        const auto em = static_cast<float>(delta / units);
        shaped.kerns.push_back(Kern{i, em});
        shaped.sum += em;
    }
    return shaped;
}

const FontKerning& font_kerning(const std::string& path) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<FontKerning>> loaded;
    const std::lock_guard lock(mutex);
    auto it = loaded.find(path);
    if (it == loaded.end()) it = loaded.emplace(path, std::make_unique<FontKerning>(path)).first;
    return *it->second;
}

}  // namespace folio::pdf
