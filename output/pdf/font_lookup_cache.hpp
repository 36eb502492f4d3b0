// What fontconfig answered for the installed fonts, kept for later processes so that they need not load
// fontconfig's configuration (some milliseconds a process) while nothing it reads has changed.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

namespace folio::pdf {

// A lookup: family, bold, italic.
using FontQuery = std::tuple<std::string, bool, bool>;

// The state of a file or folder fontconfig's answers depend on: whether it exists, its size and
// modification time (a folder's changes when a file in it comes or goes).
struct PathStamp {
    std::string path;
    bool exists = false;
    std::int64_t size = 0;
    std::int64_t modified_ns = 0;
    friend bool operator==(const PathStamp&, const PathStamp&) = default;
};

PathStamp stamp_of(const std::string& path);

// What the answers were made under: the environment variables that steer fontconfig (configuration
// paths, home, language) and the stamps of its configuration files and folders, font folders and cache
// folders, and of each answer's font file.
struct FontLookupState {
    std::vector<std::string> environment;  // NAME=VALUE, or NAME alone when unset
    std::vector<PathStamp> paths;
    friend bool operator==(const FontLookupState&, const FontLookupState&) = default;
};

// The environment part of the state, as this process sees it.
std::vector<std::string> fontconfig_environment();

// The answers: a font file's path, or "" when no such font is installed.
using FontAnswers = std::map<FontQuery, std::string>;

// The answers in `bytes` (a file written by serialize_font_answers) when their state is still the state of
// this system (every path re-stamped, the environment compared); nullopt when anything changed or the
// bytes are no such file.
std::optional<FontAnswers> parse_font_answers(std::string_view bytes);

std::string serialize_font_answers(const FontLookupState& state, const FontAnswers& answers);

// Where the answers are kept: fonts.cache in the user's cache folder ("" for none).
std::filesystem::path font_answers_file();

}  // namespace folio::pdf
