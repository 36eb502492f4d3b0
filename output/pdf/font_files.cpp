// Finding TrueType font files: through fontconfig for installed families, verified, or as given by the user;
// fontconfig's answers kept for later processes (font_lookup_cache.hpp).
#include "output/pdf/font_files.hpp"

#include <fontconfig/fontconfig.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <mutex>
#include <set>

#include "formats/diagnostics.hpp"
#include "output/pdf/font_check.hpp"
#include "output/pdf/font_lookup_cache.hpp"
#include "output/pdf/font_metrics.hpp"
#include "output/pdf/user_cache.hpp"

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

// Where a user's own configuration and fonts would be, present or not (fontconfig reads them when present).
std::vector<std::string> user_places() {
    const auto from = [](const char* variable, const char* home_relative) -> std::string {
        const char* value = std::getenv(variable);
        if (value != nullptr && value[0] == '/') return value;
        const char* home = std::getenv("HOME");
        return home != nullptr && home[0] == '/' ? std::string(home) + home_relative : std::string();
    };
    const std::string config = from("XDG_CONFIG_HOME", "/.config");
    const std::string data = from("XDG_DATA_HOME", "/.local/share");
    const std::string home = from("HOME", "");
    std::vector<std::string> places;
    if (!config.empty())
        places.insert(places.end(), {config + "/fontconfig", config + "/fontconfig/conf.d",
                                     config + "/fontconfig/fonts.conf"});
    if (!data.empty()) places.push_back(data + "/fonts");
    if (!home.empty())
        places.insert(places.end(), {home + "/.fonts", home + "/.fonts.conf", home + "/.fonts.conf.d"});
    return places;
}

// The state fontconfig's answers hold under: its environment and the stamps of its configuration files
// (and their folders), configuration folders, font folders (with those below them), cache folders, the
// places of a user's configuration and fonts, and the answers' own font files.
FontLookupState lookup_state(FcConfig* config, const FontAnswers& answers) {
    std::set<std::string> paths;
    const auto add_all = [&paths](FcStrList* list, bool with_folders) {
        if (list == nullptr) return;
        while (FcChar8* value = FcStrListNext(list)) {
            const std::string path = reinterpret_cast<const char*>(value);
            paths.insert(path);
            if (with_folders) paths.insert(std::filesystem::path(path).parent_path().string());
        }
        FcStrListDone(list);
    };
    add_all(FcConfigGetConfigFiles(config), true);
    add_all(FcConfigGetConfigDirs(config), false);
    add_all(FcConfigGetFontDirs(config), false);
    add_all(FcConfigGetCacheDirs(config), false);
    for (const std::string& place : user_places()) paths.insert(place);
    for (const auto& [query, path] : answers)
        if (!path.empty()) paths.insert(path);
    FontLookupState state{fontconfig_environment(), {}};
    for (const std::string& path : paths) state.paths.push_back(stamp_of(path));
    return state;
}

// Installed fonts as fontconfig finds them: from the answers an earlier process left while they still
// hold, else from fontconfig itself, whose answer then joins the kept ones.
class InstalledFonts {
public:
    std::optional<FontFile> find(const std::string& family, bool bold, bool italic) {
        const FontQuery query{family, bold, italic};
        if (!kept_) {
            const std::filesystem::path file = font_answers_file();
            const auto bytes = file.empty() ? nullptr : map_file(file, Links::refuse);
            kept_ = bytes ? parse_font_answers(*bytes).value_or(FontAnswers{}) : FontAnswers{};
        }
        if (const auto it = kept_->find(query); it != kept_->end()) {
            if (it->second.empty()) return std::nullopt;
            return FontFile{it->second, family, bold, italic};
        }
        std::optional<FontFile> found = query_fontconfig(family, bold, italic);
        (*kept_)[query] = found ? found->path : std::string();
        if (FcConfig* config = font_config(); config != nullptr)
            if (const std::filesystem::path file = font_answers_file(); !file.empty())
                if (const std::string bytes = serialize_font_answers(lookup_state(config, *kept_), *kept_);
                    !bytes.empty())
                    store_cache_file(file, bytes);
        return found;
    }

private:
    std::optional<FontAnswers> kept_;
};

}  // namespace

std::optional<FontFile> find_installed_font(std::string_view family, bool bold, bool italic) {
    static std::mutex mutex;
    static InstalledFonts installed;
    const std::lock_guard lock(mutex);
    return installed.find(std::string(family), bold, italic);
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
