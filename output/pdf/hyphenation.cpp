// Hyphenation by language: Debian's libhyphen dictionaries, loaded on first use and shared by all threads.
#include "output/pdf/hyphenation.hpp"

#include <unicode/uchar.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>

namespace folio::pdf {

namespace {

constexpr const char* kDictionaryDir = "/usr/share/hyphen/";

// Candidate file names for a language tag, most specific first.
std::vector<std::string> candidate_files(std::string_view lang) {
    std::string tag(lang);
    for (char& c : tag)
        if (c == '-') c = '_';
    const std::string primary = tag.substr(0, tag.find('_'));
    std::string region = primary;
    for (char& c : region) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    std::vector<std::string> names;
    if (tag != primary) names.push_back("hyph_" + tag + ".dic");
    names.push_back("hyph_" + primary + "_" + region + ".dic");
    names.push_back("hyph_" + primary + ".dic");
    return names;
}

// The installed dictionary file for a language, "" when there is none.
std::string dictionary_path(std::string_view lang) {
    for (const std::string& name : candidate_files(lang)) {
        std::string path = kDictionaryDir + name;
        std::error_code ignored;
        if (std::filesystem::is_regular_file(path, ignored))
            return std::filesystem::canonical(path, ignored).string();
    }
    return {};
}

std::unique_ptr<PatternDictionary> load_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return nullptr;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return std::make_unique<PatternDictionary>(parse_pattern_dictionary(bytes.str()));
}

}  // namespace

const PatternDictionary* hyphenation_dictionary(std::string_view lang) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<PatternDictionary>, std::less<>> loaded;
    if (lang.empty()) return nullptr;
    std::string tag(lang);
    for (char& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::string path = dictionary_path(tag);
    if (path.empty()) return nullptr;
    const std::lock_guard lock(mutex);
    auto it = loaded.find(path);
    if (it == loaded.end()) it = loaded.emplace(path, load_file(path)).first;
    return it->second.get();
}

std::vector<bool> hyphenation_points(const PatternDictionary& dict, std::u32string_view word) {
    std::vector<bool> points(word.size(), false);
    std::size_t i = 0;
    while (i < word.size()) {
        if (!u_isalpha(static_cast<UChar32>(word[i]))) {
            ++i;
            continue;
        }
        std::size_t end = i;
        std::u32string lower;
        while (end < word.size() && u_isalpha(static_cast<UChar32>(word[end]))) {
            lower.push_back(static_cast<char32_t>(u_tolower(static_cast<UChar32>(word[end]))));
            ++end;
        }
        if (lower.size() >= 5) {
            const std::vector<bool> found = hyphenate_word(dict, lower, HyphenMins{2, 3, 2, 2});
            for (std::size_t k = 0; k < found.size(); ++k) points[i + k] = found[k];
        }
        i = end;
    }
    return points;
}

}  // namespace folio::pdf
