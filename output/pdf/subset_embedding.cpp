// Embedding a subset font (Identity-H) with its subsetter reading the font file's bytes in place.
//
// The objects are those PoDoFo 0.9.8's PdfFontCID::EmbedFont writes for such a font, in its order: the
// descendant font's /W array, a ToUnicode CMap, the subsetter's CIDSet, and the subset as FontFile2.
#include "output/pdf/subset_embedding.hpp"

#include <podofo/podofo.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <istream>
#include <map>
#include <set>
#include <streambuf>
#include <string>
#include <vector>

#include "output/pdf/deflated_stream.hpp"

namespace folio::pdf {

namespace {

using UsedChars = std::set<PoDoFo::pdf_utf16be>;

// The protected state of PoDoFo's CID font that its embedding reads and sets.
struct CidFontState : PoDoFo::PdfFontCID {
    static PoDoFo::PdfObject* descendant(PoDoFo::PdfFontCID& font) {
        return font.*(&CidFontState::m_pDescendantFonts);
    }
    static PoDoFo::PdfObject* descriptor(PoDoFo::PdfFontCID& font) {
        return font.*(&CidFontState::m_pDescriptor);
    }
    static UsedChars& used(PoDoFo::PdfFontCID& font) { return font.*(&CidFontState::m_setUsed); }
    static bool& embedded(PoDoFo::PdfFontCID& font) { return font.*(&CidFontState::m_bWasEmbedded); }
};

// Bytes read in place through a seekable std::streambuf, seeking within them as std::stringbuf does.
class ByteView : public std::streambuf {
public:
    ByteView(const char* data, std::size_t size) {
        char* begin = const_cast<char*>(data);  // only read: the view has no put area
        setg(begin, begin, begin + size);
    }

protected:
    pos_type seekoff(off_type offset, std::ios_base::seekdir from, std::ios_base::openmode which) override {
        const off_type size = egptr() - eback();
        off_type base = 0;
        if (from == std::ios_base::cur) base = gptr() - eback();
        if (from == std::ios_base::end) base = size;
        const off_type to = base + offset;
        if ((which & std::ios_base::in) == 0 || to < 0 || to > size) return pos_type(off_type(-1));
        setg(eback(), eback() + to, egptr());
        return pos_type(to);
    }
    pos_type seekpos(pos_type position, std::ios_base::openmode which) override {
        return seekoff(off_type(position), std::ios_base::beg, which);
    }
};

PoDoFo::pdf_int64 rounded(double width) { return static_cast<PoDoFo::pdf_int64>(width + 0.5); }

// The /W array of the glyphs drawn, in PoDoFo's grouping: a run of consecutive glyphs whose widths differ
// by less than a unit as "first last width", other consecutive glyphs as "first [w1 w2 …]".
class WidthArray {
public:
    explicit WidthArray(PoDoFo::PdfArray& out) : out_(out) {}

    void add(long glyph, double width) {
        if (count_ == 0) {
            restart(glyph, width);
            return;
        }
        if (glyph != start_ + count_) {
            finish();
            restart(glyph, width);
            return;
        }
        if (static_cast<PoDoFo::pdf_int64>(width - width_) != 0) {
            if (count_ != 1 && pending_.empty()) {
                emit_run();
                restart(glyph, width);
                return;
            }
            pending_.push_back(rounded(width_));
            width_ = width;
            ++count_;
            return;
        }
        if (!pending_.empty()) {
            emit_list();
            start_ += count_ - 1;  // the last listed glyph's width starts a run with this one
            count_ = 2;
            return;
        }
        ++count_;
    }

    void finish() {
        if (!pending_.empty() || count_ == 1) {
            pending_.push_back(rounded(width_));
            emit_list();
        } else {
            emit_run();
        }
    }

private:
    void restart(long glyph, double width) {
        start_ = glyph;
        width_ = width;
        count_ = 1;
    }
    void emit_run() {
        out_.push_back(static_cast<PoDoFo::pdf_int64>(start_));
        out_.push_back(static_cast<PoDoFo::pdf_int64>(start_ + count_ - 1));
        out_.push_back(rounded(width_));
    }
    void emit_list() {
        out_.push_back(static_cast<PoDoFo::pdf_int64>(start_));
        out_.push_back(pending_);
        pending_.Clear();
    }

    PoDoFo::PdfArray& out_;
    PoDoFo::PdfArray pending_;
    long start_ = 0;
    double width_ = 0;
    long count_ = 0;
};

// Each glyph drawn and the character it stands for (the greatest when several share a glyph).
std::map<unsigned, unsigned> glyph_characters(PoDoFo::PdfFontMetrics& metrics, const UsedChars& used) {
    std::map<unsigned, unsigned> characters;
    for (const PoDoFo::pdf_utf16be c : used)
        if (const long glyph = metrics.GetGlyphId(c); glyph != 0)
            characters[static_cast<unsigned>(glyph)] = c;
    return characters;
}

// The /W array of the glyphs drawn (the keys of `characters`), each glyph's width from the font file.
void add_widths(PoDoFo::PdfObject& descendant, PoDoFo::PdfFontMetrics& metrics,
                const std::map<unsigned, unsigned>& characters) {
    constexpr unsigned kNoGlyph = 0xffff;
    PoDoFo::PdfArray array;
    array.reserve(characters.size() + 1);
    WidthArray runs(array);
    bool any = false;
    for (const auto& [glyph, character] : characters) {
        if (glyph >= kNoGlyph) continue;
        runs.add(glyph, metrics.GetGlyphWidth(static_cast<int>(glyph)));
        any = true;
    }
    if (!any) return;
    runs.finish();
    descendant.GetDictionary().AddKey(PoDoFo::PdfName("W"), array);
}

std::string hex4(unsigned value) {
    char digits[5];
    std::snprintf(digits, sizeof digits, "%04X", value);
    return digits;
}

// The ToUnicode CMap: bfranges of consecutive glyphs within one block of 256, at most 128 glyphs each,
// written 99 ranges to a bfrange section.
std::string to_unicode_cmap(const std::map<unsigned, unsigned>& characters) {
    struct Range {
        unsigned first;
        std::vector<unsigned> characters;
    };
    std::vector<Range> ranges;
    for (const auto& [glyph, character] : characters) {
        if (!ranges.empty()) {
            Range& last = ranges.back();
            const std::size_t size = last.characters.size();
            if (last.first + size == glyph && 2 * size < 255 && (glyph & 0xff00) == (last.first & 0xff00)) {
                last.characters.push_back(character);
                continue;
            }
        }
        ranges.push_back({glyph, {character}});
    }

    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n<< /Registry "
        "(Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 "
        "def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    constexpr std::size_t kRangesPerSection = 99;
    for (std::size_t first = 0; first < ranges.size(); first += kRangesPerSection) {
        const std::size_t end = std::min(ranges.size(), first + kRangesPerSection);
        cmap += std::to_string(end - first) + " beginbfrange\n";
        for (std::size_t r = first; r < end; ++r) {
            const Range& range = ranges[r];
            cmap += "<" + hex4(range.first) + "> <" +
                    hex4(static_cast<unsigned>(range.first + range.characters.size() - 1)) + "> [ ";
            for (const unsigned character : range.characters) cmap += "<" + hex4(character) + "> ";
            cmap += "]\n";
        }
        cmap += "endbfrange\n";
    }
    return cmap + "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
}

}  // namespace

// PdfFontFactory makes a PdfFontCID, and only that, for a TrueType font with a two-byte encoding. PoDoFo
// exports no type information for that class, which a dynamic_cast and the sanitizer's check of a
// static_cast (vptr) would need.
__attribute__((no_sanitize("vptr"))) void embed_subset_font(PoDoFo::PdfFont& font,
                                                            StreamDeflation& deflation) {
    PoDoFo::PdfFontMetrics* metrics = font.GetFontMetrics2();
    if (!font.IsSubsetting() || font.GetEncoding()->IsSingleByteEncoding() || metrics == nullptr ||
        metrics->GetFontType() != PoDoFo::ePdfFontType_TrueType || metrics->GetFontData() == nullptr ||
        metrics->GetFontDataLen() <= 0) {
        font.EmbedSubsetFont();
        return;
    }
    auto* cid = static_cast<PoDoFo::PdfFontCID*>(&font);
    if (CidFontState::embedded(*cid)) return;

    UsedChars& used = CidFontState::used(*cid);
    if (used.empty()) used.insert(0x20);  // as PoDoFo: a space at least
    const std::map<unsigned, unsigned> characters = glyph_characters(*metrics, used);
    add_widths(*CidFontState::descendant(*cid), *metrics, characters);

    PoDoFo::PdfVecObjects& objects = *font.GetObject()->GetOwner();
    PoDoFo::PdfObject* to_unicode = objects.CreateObject();
    deflation.add(*to_unicode, to_unicode_cmap(characters));
    font.GetObject()->GetDictionary().AddKey("ToUnicode", to_unicode->Reference());

    ByteView view(metrics->GetFontData(), static_cast<std::size_t>(metrics->GetFontDataLen()));
    std::istream in(&view);
    PoDoFo::PdfInputDevice device(&in);
    PoDoFo::PdfRefCountedBuffer subset;
    std::vector<unsigned char> cid_set;
    PoDoFo::PdfFontTTFSubset(&device, metrics, PoDoFo::PdfFontTTFSubset::eFontFileType_TTF)
        .BuildFont(subset, used, cid_set);

    PoDoFo::PdfObject* descriptor = CidFontState::descriptor(*cid);
    if (!cid_set.empty()) {
        PoDoFo::PdfObject* set = objects.CreateObject();
        deflation.add(*set, std::string(cid_set.begin(), cid_set.end()));
        descriptor->GetDictionary().AddKey("CIDSet", set->Reference());
    }
    PoDoFo::PdfObject* file = objects.CreateObject();
    descriptor->GetDictionary().AddKey("FontFile2", file->Reference());
    const auto size = static_cast<PoDoFo::pdf_long>(subset.GetSize());
    file->GetDictionary().AddKey("Length1", PoDoFo::PdfVariant(static_cast<PoDoFo::pdf_int64>(size)));
    deflation.add(*file, std::string(subset.GetBuffer(), subset.GetSize()));
    CidFontState::embedded(*cid) = true;
}

}  // namespace folio::pdf
