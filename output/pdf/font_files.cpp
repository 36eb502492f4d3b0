// Finding TrueType font files: through fontconfig for installed families, verified, or as given by the user.
#include "output/pdf/font_files.hpp"

#include <fontconfig/fontconfig.h>

#include <cctype>
#include <filesystem>
#include <map>
#include <mutex>
#include <tuple>

#include "formats/diagnostics.hpp"
#include "output/pdf/font_check.hpp"
#include "output/pdf/font_metrics.hpp"

namespace folio::pdf {

namespace {

bool same_name(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

// The process's fontconfig configuration, loaded on first use.
FcConfig* font_config() {
    static FcConfig* config = FcInitLoadConfigAndFonts();
    return config;
}

std::optional<FontFile> query_fontconfig(const std::string& family, bool bold, bool italic) {
    FcConfig* config = font_config();
    if (config == nullptr) return std::nullopt;
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family.c_str()));
    FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR);
    FcPatternAddInteger(pattern, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN);
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* match = FcFontMatch(config, pattern, &result);
    FcPatternDestroy(pattern);
    if (match == nullptr) return std::nullopt;

    std::optional<FontFile> found;
    bool family_ok = false;
    FcChar8* value = nullptr;
    for (int i = 0; FcPatternGetString(match, FC_FAMILY, i, &value) == FcResultMatch; ++i)
        if (same_name(reinterpret_cast<const char*>(value), family)) family_ok = true;
    int weight = 0;
    int slant = 0;
    FcChar8* file = nullptr;
    FcChar8* format = nullptr;
    const bool have_all = FcPatternGetInteger(match, FC_WEIGHT, 0, &weight) == FcResultMatch &&
                          FcPatternGetInteger(match, FC_SLANT, 0, &slant) == FcResultMatch &&
                          FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch &&
                          FcPatternGetString(match, FC_FONTFORMAT, 0, &format) == FcResultMatch;
    if (family_ok && have_all) {
        const bool is_bold = weight >= FC_WEIGHT_DEMIBOLD;
        const bool is_italic = slant != FC_SLANT_ROMAN;
        const std::string path = reinterpret_cast<const char*>(file);
        if (is_bold == bold && is_italic == italic &&
            std::string_view(reinterpret_cast<const char*>(format)) == "TrueType" && is_truetype_file(path))
            found = FontFile{path, family, bold, italic};
    }
    FcPatternDestroy(match);
    return found;
}

}  // namespace

std::optional<FontFile> find_installed_font(std::string_view family, bool bold, bool italic) {
    static std::mutex mutex;
    static std::map<std::tuple<std::string, bool, bool>, std::optional<FontFile>> resolved;
    const std::lock_guard lock(mutex);
    const auto key = std::make_tuple(std::string(family), bold, italic);
    auto it = resolved.find(key);
    if (it == resolved.end())
        it = resolved.emplace(key, query_fontconfig(std::string(family), bold, italic)).first;
    return it->second;
}

FontFile user_font(const std::string& path, bool bold, bool italic) {
    std::error_code error;
    const std::filesystem::file_status status = std::filesystem::status(path, error);
    if (!std::filesystem::exists(status)) throw Error("font file not found: " + path);
    if (!std::filesystem::is_regular_file(status))
        throw Error("font file is not a regular file (give a TrueType font file): " + path);
    if (const std::string problem = truetype_problem(path); !problem.empty())
        throw Error("font file cannot be embedded (" + problem + "): " + path);
    return FontFile{path, font_metrics(path).family(), bold, italic};
}

}  // namespace folio::pdf
