// What fontconfig answered for the installed fonts, kept for later processes: a small text file holding the
// state the answers were made under and the answers themselves.
#include "output/pdf/font_lookup_cache.hpp"

#include <sys/stat.h>

#include <charconv>
#include <cstdlib>

#include "output/pdf/user_cache.hpp"

namespace folio::pdf {

namespace {

constexpr std::string_view kHeader = "folio font answers 1\n";

// The variables fontconfig reads: its configuration, where home, configuration, data and caches are, and
// the language it prefers fonts for.
constexpr const char* kVariables[] = {"FONTCONFIG_FILE",
                                      "FONTCONFIG_PATH",
                                      "FONTCONFIG_SYSROOT",
                                      "FC_LANG",
                                      "LC_ALL",
                                      "LC_CTYPE",
                                      "LANG",
                                      "HOME",
                                      "XDG_CONFIG_HOME",
                                      "XDG_DATA_HOME",
                                      "XDG_CACHE_HOME"};

bool fits_on_a_line(std::string_view text) { return text.find_first_of("\n\t") == std::string_view::npos; }

// The next line of `bytes` without its '\n'; false at the end or when the last line is not ended.
bool next_line(std::string_view& bytes, std::string_view& line) {
    const std::size_t end = bytes.find('\n');
    if (end == std::string_view::npos) return false;
    line = bytes.substr(0, end);
    bytes.remove_prefix(end + 1);
    return true;
}

// The next space-separated field of `line`.
std::string_view field(std::string_view& line) {
    const std::size_t end = line.find(' ');
    const std::string_view value = line.substr(0, end);
    line.remove_prefix(end == std::string_view::npos ? line.size() : end + 1);
    return value;
}

bool number(std::string_view text, std::int64_t& value) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

}  // namespace

PathStamp stamp_of(const std::string& path) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) return PathStamp{path};
    return PathStamp{path, true, static_cast<std::int64_t>(info.st_size),
                     static_cast<std::int64_t>(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec};
}

std::vector<std::string> fontconfig_environment() {
    std::vector<std::string> environment;
    for (const char* name : kVariables) {
        const char* value = std::getenv(name);
        environment.push_back(value == nullptr ? std::string(name) : std::string(name) + "=" + value);
    }
    return environment;
}

std::string serialize_font_answers(const FontLookupState& state, const FontAnswers& answers) {
    std::string out(kHeader);
    for (const std::string& variable : state.environment) {
        if (!fits_on_a_line(variable)) return {};
        out += "env " + variable + "\n";
    }
    for (const PathStamp& stamp : state.paths) {
        if (!fits_on_a_line(stamp.path)) return {};
        out += "path " + std::to_string(stamp.exists) + " " + std::to_string(stamp.size) + " " +
               std::to_string(stamp.modified_ns) + " " + stamp.path + "\n";
    }
    for (const auto& [query, path] : answers) {
        const auto& [family, bold, italic] = query;
        if (!fits_on_a_line(family) || !fits_on_a_line(path)) return {};
        out += "answer " + std::to_string(bold) + " " + std::to_string(italic) + " " + family + "\t" + path +
               "\n";
    }
    return out;
}

std::optional<FontAnswers> parse_font_answers(std::string_view bytes) {
    if (!bytes.starts_with(kHeader)) return std::nullopt;
    bytes.remove_prefix(kHeader.size());
    std::vector<std::string> environment;
    FontAnswers answers;
    for (std::string_view line; next_line(bytes, line);) {
        const std::string_view kind = field(line);
        if (kind == "env") {
            environment.emplace_back(line);
        } else if (kind == "path") {
            PathStamp stamp;
            std::int64_t exists = 0;
            if (!number(field(line), exists) || !number(field(line), stamp.size) ||
                !number(field(line), stamp.modified_ns))
                return std::nullopt;
            stamp.exists = exists != 0;
            stamp.path = std::string(line);
            if (stamp_of(stamp.path) != stamp)
                return std::nullopt;  // changed since: the answers may be stale
        } else if (kind == "answer") {
            const std::string_view bold = field(line);
            const std::string_view italic = field(line);
            const std::size_t tab = line.find('\t');
            if (tab == std::string_view::npos) return std::nullopt;
            answers[{std::string(line.substr(0, tab)), bold == "1", italic == "1"}] =
                std::string(line.substr(tab + 1));
        } else {
            return std::nullopt;
        }
    }
    if (!bytes.empty() || environment != fontconfig_environment()) return std::nullopt;
    return answers;
}

std::filesystem::path font_answers_file() {
    const std::filesystem::path folder = user_cache_directory();
    return folder.empty() ? folder : folder / "fonts.cache";
}

}  // namespace folio::pdf
