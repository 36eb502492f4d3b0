// Hyphenation by language: Debian's libhyphen dictionaries, loaded on first use and shared by all threads.
#include "output/pdf/hyphenation.hpp"

#include <sys/stat.h>
#include <unicode/uchar.h>

#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "output/pdf/compiled_patterns.hpp"
#include "output/pdf/user_cache.hpp"

namespace folio::pdf {

namespace {

constexpr const char* kDictionaryDir = "/usr/share/hyphen/";

// Letter runs hyphenated: shorter ones gain nothing; longer ones are no words (a URL, a hash, a
// hostile run of letters) and would cost time that grows with the square of their length.
constexpr std::size_t kMinHyphenatedLetters = 5;
constexpr std::size_t kMaxHyphenatedLetters = 64;

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

// At least three letters before a hyphen and three after it, in every language (a dictionary asking for
// more gets more); compound parts inside a word may be as short as two.
constexpr HyphenMins kTypographicMins{3, 3, 2, 2};

// hyphenate_word for a lower-case word, remembered per thread: articles repeat their words.
const std::vector<bool>& known_breaks(const PatternDictionary& dict, const std::u32string& word) {
    constexpr std::size_t kMaxRemembered = 200000;
    thread_local std::map<const PatternDictionary*, std::unordered_map<std::u32string, std::vector<bool>>>
        known;
    auto& words = known[&dict];
    if (const auto it = words.find(word); it != words.end()) return it->second;
    if (words.size() >= kMaxRemembered) words.clear();
    return words.emplace(word, hyphenate_word(dict, word, kTypographicMins)).first->second;
}

}  // namespace

const PatternDictionary* hyphenation_dictionary(std::string_view lang) {
    static std::mutex mutex;
    static std::map<std::string, std::unique_ptr<PatternDictionary>, std::less<>> by_file;
    static std::map<std::string, const PatternDictionary*, std::less<>> by_language;
    if (lang.empty()) return nullptr;
    std::string tag(lang);
    for (char& c : tag) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const std::lock_guard lock(mutex);
    if (const auto known = by_language.find(tag); known != by_language.end()) return known->second;
    const std::string path = dictionary_path(tag);
    const PatternDictionary* dict = nullptr;
    if (!path.empty()) {
        auto it = by_file.find(path);
        if (it == by_file.end())
            it = by_file.emplace(path, load_pattern_file(path, user_cache_directory())).first;
        dict = it->second.get();
    }
    by_language.emplace(tag, dict);
    return dict;
}

std::unique_ptr<PatternDictionary> load_pattern_file(const std::string& path,
                                                     const std::filesystem::path& cache_directory) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return nullptr;
    const PatternSource source{
        static_cast<std::uint64_t>(info.st_size),
        static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec};
    const std::filesystem::path compiled =
        cache_directory.empty()
            ? cache_directory
            : cache_directory / compiled_patterns_file_name(std::filesystem::path(path).filename().string());
    if (!compiled.empty()) {
        if (std::shared_ptr<const std::string_view> mapped = map_file(compiled, Links::refuse)) {
            const std::string_view bytes = *mapped;
            if (auto cached = load_compiled_patterns(bytes, std::move(mapped), source))
                return std::make_unique<PatternDictionary>(std::move(*cached));
        }
    }
    const std::shared_ptr<const std::string_view> bytes = map_file(path, Links::follow);
    if (bytes == nullptr) return nullptr;
    auto dict = std::make_unique<PatternDictionary>(parse_pattern_dictionary(*bytes));
    if (!compiled.empty()) store_cache_file(compiled, compile_patterns(*dict, source));
    return dict;
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
        if (lower.size() >= kMinHyphenatedLetters && lower.size() <= kMaxHyphenatedLetters) {
            const std::vector<bool>& found = known_breaks(dict, lower);
            for (std::size_t k = 0; k < found.size(); ++k) points[i + k] = found[k];
        }
        i = end;
    }
    return points;
}

}  // namespace folio::pdf
