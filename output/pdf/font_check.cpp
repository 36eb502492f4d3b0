// Checking a TrueType file before PoDoFo's subsetter reads it: tables, loca, glyphs and sizes.
#include "output/pdf/font_check.hpp"

#include <ft2build.h>
#include FT_FREETYPE_H

#include <algorithm>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <map>
#include <mutex>
#include <string_view>

namespace folio::pdf {

namespace {

constexpr std::uint64_t kMaxFontBytes = 128ull << 20;  // larger than any real TrueType font
constexpr std::uint32_t kMaxGlyphBytes = 64u
                                         << 10;  // one glyph's outline; real ones take a few hundred bytes

struct Table {
    std::uint32_t offset = 0;
    std::uint32_t length = 0;
};

class FontBytes {
public:
    explicit FontBytes(std::string_view bytes) : bytes_(bytes) {}
    std::size_t size() const { return bytes_.size(); }
    bool has(std::uint64_t at, std::uint64_t length) const { return at <= size() && length <= size() - at; }
    std::uint32_t u16(std::uint64_t at) const { return has(at, 2) ? (byte(at) << 8) | byte(at + 1) : 0; }
    std::uint32_t u32(std::uint64_t at) const { return has(at, 4) ? (u16(at) << 16) | u16(at + 2) : 0; }

private:
    std::uint32_t byte(std::uint64_t at) const { return static_cast<unsigned char>(bytes_[at]); }
    std::string_view bytes_;
};

constexpr std::uint32_t tag(std::string_view name) {
    return (std::uint32_t(static_cast<unsigned char>(name[0])) << 24) |
           (std::uint32_t(static_cast<unsigned char>(name[1])) << 16) |
           (std::uint32_t(static_cast<unsigned char>(name[2])) << 8) |
           std::uint32_t(static_cast<unsigned char>(name[3]));
}

class TrueTypeCheck {
public:
    explicit TrueTypeCheck(const FontBytes& font) : font_(font) {}

    std::string problem() {
        if (std::string p = read_directory(); !p.empty()) return p;
        for (const char* name : {"head", "maxp", "hhea", "hmtx", "loca", "glyf"})
            if (!tables_.contains(tag(name))) return std::string("the table '") + name + "' is missing";
        const Table head = tables_.at(tag("head"));
        const Table maxp = tables_.at(tag("maxp"));
        const Table hhea = tables_.at(tag("hhea"));
        if (head.length < 54 || maxp.length < 6 || hhea.length < 36)
            return "the head, maxp or hhea table is cut short";
        const std::uint32_t units = font_.u16(head.offset + 18);
        if (units < 16 || units > 16384) return "unitsPerEm " + std::to_string(units) + " is out of range";
        const std::uint32_t loca_format = font_.u16(head.offset + 50);
        if (loca_format > 1) return "indexToLocFormat " + std::to_string(loca_format) + " is not 0 or 1";
        glyphs_ = font_.u16(maxp.offset + 4);
        if (glyphs_ == 0) return "the font has no glyphs";
        const std::uint32_t metrics = font_.u16(hhea.offset + 34);
        if (metrics == 0 || metrics > glyphs_)
            return "numberOfHMetrics " + std::to_string(metrics) + " is out of range";
        if (tables_.at(tag("hmtx")).length < 4ull * metrics + 2ull * (glyphs_ - metrics))
            return "the hmtx table is cut short";
        return check_glyphs(loca_format == 1);
    }

private:
    std::string read_directory() {
        // PoDoFo tells a collection by the file name alone and would read its header as a font's.
        if (font_.u32(0) == tag("ttcf")) return "it is a font collection; give one .ttf font";
        const std::uint64_t start = 0;
        const std::uint32_t version = font_.u32(start);
        if (version != 0x00010000 && version != tag("true"))
            return "it is not a TrueType-outline font; only .ttf files can be embedded";
        const std::uint32_t count = font_.u16(start + 4);
        if (count == 0 || !font_.has(start + 12, 16ull * count)) return "the table directory is cut short";
        for (std::uint32_t i = 0; i < count; ++i) {
            const std::uint64_t record = start + 12 + 16ull * i;
            const Table table{font_.u32(record + 8), font_.u32(record + 12)};
            const std::uint32_t name = font_.u32(record);
            // PoDoFo copies 32 bytes of 'post' whatever its length says.
            const std::uint64_t needed =
                name == tag("post") ? std::max<std::uint32_t>(table.length, 32) : table.length;
            if (!font_.has(table.offset, needed)) return "a table lies outside the file";
            tables_[name] = table;
        }
        return {};
    }

    std::string check_glyphs(bool long_loca) {
        const Table loca = tables_.at(tag("loca"));
        const Table glyf = tables_.at(tag("glyf"));
        if (loca.length < (glyphs_ + 1ull) * (long_loca ? 4 : 2)) return "the loca table is cut short";
        const auto offset = [&](std::uint32_t gid) -> std::uint64_t {
            return long_loca ? font_.u32(loca.offset + 4ull * gid)
                             : 2ull * font_.u16(loca.offset + 2ull * gid);
        };
        for (std::uint32_t gid = 0; gid < glyphs_; ++gid) {
            const std::uint64_t begin = offset(gid);
            const std::uint64_t end = offset(gid + 1);
            const std::string where = "glyph " + std::to_string(gid);
            if (end < begin) return "the loca table is not monotonic at " + where;
            if (end > glyf.length) return where + " lies outside the glyf table";
            if (end - begin > kMaxGlyphBytes)
                return where + " claims " + std::to_string(end - begin) + " bytes";
            if (end == begin) continue;
            if (end - begin < 10) return where + " is shorter than its header";
            if (std::string p = check_components(glyf.offset + begin, glyf.offset + end, where); !p.empty())
                return p;
        }
        return {};
    }

    // A composite glyph's components: each inside the glyph and naming an existing glyph.
    std::string check_components(std::uint64_t begin, std::uint64_t end, const std::string& where) const {
        if ((font_.u16(begin) & 0x8000) == 0) return {};  // numberOfContours >= 0: a simple glyph
        constexpr std::uint32_t words = 0x01, scale = 0x08, more = 0x20, xy_scale = 0x40, two_by_two = 0x80;
        for (std::uint64_t at = begin + 10;;) {
            if (at + 4 > end) return where + " has a component outside its data";
            const std::uint32_t flags = font_.u16(at);
            if (font_.u16(at + 2) >= glyphs_) return where + " refers to a glyph that does not exist";
            at += (flags & words) ? 8 : 6;
            at += (flags & scale) ? 2 : (flags & xy_scale) ? 4 : (flags & two_by_two) ? 8 : 0;
            if (at > end) return where + " has a component outside its data";
            if ((flags & more) == 0) return {};
        }
    }

    const FontBytes& font_;
    std::map<std::uint32_t, Table> tables_;
    std::uint32_t glyphs_ = 0;
};

// FreeType's own reading of every glyph outline.
std::string freetype_problem(const std::string& path) {
    static std::mutex mutex;
    const std::lock_guard lock(mutex);
    FT_Library library = nullptr;
    if (FT_Init_FreeType(&library) != 0) return "FreeType cannot be initialised";
    std::string problem;
    FT_Face face = nullptr;
    if (FT_New_Face(library, path.c_str(), 0, &face) != 0) {
        problem = "FreeType cannot read it";
    } else {
        for (FT_Long gid = 0; gid < face->num_glyphs && problem.empty(); ++gid)
            if (FT_Load_Glyph(face, static_cast<FT_UInt>(gid), FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING) != 0)
                problem = "glyph " + std::to_string(gid) + " cannot be loaded";
        FT_Done_Face(face);
    }
    FT_Done_FreeType(library);
    return problem;
}

std::string check(const std::string& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in) return "the file cannot be read";
    const std::streamoff size = in.tellg();
    if (size <= 0) return "the file is empty";
    if (static_cast<std::uint64_t>(size) > kMaxFontBytes)
        return "the file is larger than any TrueType font (" + std::to_string(size) + " bytes)";
    in.seekg(0);
    std::string bytes(static_cast<std::size_t>(size), '\0');
    if (!in.read(bytes.data(), size)) return "the file cannot be read";
    const FontBytes font(bytes);
    if (std::string p = TrueTypeCheck(font).problem(); !p.empty()) return p;
    return freetype_problem(path);
}

}  // namespace

std::string truetype_problem(const std::string& path) {
    static std::mutex mutex;
    static std::map<std::string, std::string> checked;
    {
        const std::lock_guard lock(mutex);
        if (const auto it = checked.find(path); it != checked.end()) return it->second;
    }
    std::string problem = check(path);
    const std::lock_guard lock(mutex);
    return checked.emplace(path, std::move(problem)).first->second;
}

}  // namespace folio::pdf
