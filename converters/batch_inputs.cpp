// Gathering the inputs of a batch: paths as named, paths listed in a file, files found in folders.
#include "converters/batch_inputs.hpp"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <unordered_set>

#include "converters/file_error.hpp"
#include "converters/file_io.hpp"
#include "converters/format_table.hpp"

namespace fs = std::filesystem;

namespace folio {

namespace {

bool is_hidden(const fs::path& path) { return path.filename().string().starts_with('.'); }

bool folio_reads(const fs::path& path) {
    const FormatInfo* format = format_for_extension(path.string());
    return format != nullptr && (format->read != nullptr || format->read_collection != nullptr);
}

// The files below `folder` that folio reads, sorted by path.
std::vector<std::string> files_below(const std::string& folder) {
    std::vector<std::string> files;
    std::error_code ec;
    fs::recursive_directory_iterator walk(folder, fs::directory_options::none, ec);
    for (; !ec && walk != fs::recursive_directory_iterator(); walk.increment(ec)) {
        const fs::directory_entry& entry = *walk;
        if (is_hidden(entry.path())) {
            if (entry.is_directory(ec)) walk.disable_recursion_pending();
            continue;
        }
        if (entry.is_regular_file(ec) && folio_reads(entry.path())) files.push_back(entry.path().string());
    }
    if (ec) throw FileError(folder, "cannot search the folder: " + ec.message());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

std::vector<std::string> read_input_list(const std::string& list_file) {
    const std::string content = read_input(list_file);
    std::vector<std::string> paths;
    std::size_t start = 0;
    while (start < content.size()) {
        std::size_t end = content.find('\n', start);
        if (end == std::string::npos) end = content.size();
        std::string line = content.substr(start, end - start);
        if (line.ends_with('\r')) line.pop_back();
        if (!line.empty()) paths.push_back(std::move(line));
        start = end + 1;
    }
    return paths;
}

std::vector<NamedInput> gather_inputs(const std::vector<std::string>& paths, bool recursive) {
    std::vector<NamedInput> inputs;
    std::unordered_set<std::string> seen;
    const auto add = [&](const std::string& path, const std::string& folder) {
        std::error_code ec;
        const fs::path absolute = fs::absolute(path, ec);
        const std::string key = ec ? path : absolute.lexically_normal().string();
        if (seen.insert(key).second) inputs.push_back({path, folder});
    };
    for (const std::string& path : paths) {
        std::error_code ec;
        if (recursive && fs::is_directory(path, ec)) {
            for (const std::string& file : files_below(path)) add(file, path);
        } else {
            add(path, "");
        }
    }
    return inputs;
}

}  // namespace folio
