// Test helpers: paths under tests/data, reading whole files, and the article sets the corpus tests run over.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace folio::test {

inline std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot open " + path.string());
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// A path under tests/data, e.g. data_path("corpus/de_nordkorea_waffen.txt").
inline std::filesystem::path data_path(std::string_view relative) {
    return std::filesystem::path(FOLIO_TEST_DATA) / relative;
}

// The articles with a file of this extension (".txt", ".html") in the given folders under tests/data,
// as sorted "folder/stem" names (add the extension or ".expect.json" for the files).
inline std::vector<std::string> articles_with(std::string_view extension,
                                              std::initializer_list<std::string_view> folders) {
    std::vector<std::string> names;
    for (const std::string_view folder : folders)
        for (const auto& entry : std::filesystem::directory_iterator(data_path(folder)))
            if (entry.path().extension() == extension)
                names.push_back(std::string(folder) + "/" + entry.path().stem().string());
    std::sort(names.begin(), names.end());
    return names;
}

// The plain-text articles in the given folders under tests/data.
inline std::vector<std::string> text_articles(std::initializer_list<std::string_view> folders = {"corpus"}) {
    return articles_with(".txt", folders);
}

// The saved HTML pages in the given folders under tests/data.
inline std::vector<std::string> html_articles(std::initializer_list<std::string_view> folders = {"corpus"}) {
    return articles_with(".html", folders);
}

// A GoogleTest parameter name for an article name ("corpus/x" → "corpus_x").
inline std::string test_name(std::string article) {
    std::replace(article.begin(), article.end(), '/', '_');
    return article;
}

}  // namespace folio::test
