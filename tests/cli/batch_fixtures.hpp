// Inputs and output checks for the batch tests: corpus article variations, whole output trees, report lines.
#pragma once

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "tests/support/temp_dir.hpp"
#include "tests/support/test_data.hpp"

namespace folio::test {

// The corpus article `stem` with " (variation N)" after its first long paragraph, so that every
// variation converts to different bytes.
inline std::string article_variation(const std::string& stem, int variation) {
    std::string text = read_file(data_path("corpus/" + stem + ".txt"));
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        if (end - start > 200) {
            text.insert(end, " (variation " + std::to_string(variation) + ")");
            break;
        }
        start = end + 1;
    }
    return text;
}

// Writes `count` variations of the corpus articles into `folder` as article-000.txt, …; returns their paths.
inline std::vector<std::string> write_variations(const std::filesystem::path& folder, int count) {
    static const std::vector<std::string> stems = {"de_nordkorea_waffen", "de_busan_hafen",
                                                   "de_chile_lithium",    "en_digital_ids",
                                                   "en_west_balkans",     "fr_agriculteurs_latin1"};
    std::filesystem::create_directories(folder);
    std::vector<std::string> paths;
    for (int i = 0; i < count; ++i) {
        char name[32];
        std::snprintf(name, sizeof name, "article-%03d.txt", i);
        const std::filesystem::path path = folder / name;
        write_file(path, article_variation(stems[static_cast<std::size_t>(i) % stems.size()], i));
        paths.push_back(path.string());
    }
    return paths;
}

// Every file below `folder` by its '/'-separated path relative to `folder`, with its content.
inline std::map<std::string, std::string> file_tree(const std::filesystem::path& folder) {
    std::map<std::string, std::string> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
        if (entry.is_regular_file())
            files.emplace(entry.path().lexically_relative(folder).generic_string(), read_file(entry.path()));
    return files;
}

// The names of the files below `folder` (relative, sorted).
inline std::vector<std::string> file_names(const std::filesystem::path& folder) {
    std::vector<std::string> names;
    for (const auto& [name, content] : file_tree(folder)) names.push_back(name);
    return names;
}

// Each line of a JSON Lines report, parsed.
inline std::vector<nlohmann::json> report_records(const std::filesystem::path& report) {
    std::vector<nlohmann::json> records;
    const std::string text = read_file(report);
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string::npos) throw std::runtime_error("report ends without a line break");
        records.push_back(nlohmann::json::parse(text.substr(start, end - start)));
        start = end + 1;
    }
    return records;
}

}  // namespace folio::test
