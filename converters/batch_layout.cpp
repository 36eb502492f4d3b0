// Where a batch writes: each input's outputs keep the inputs' folder structure in the output folder.
#include "converters/batch_layout.hpp"

#include <unordered_map>

#include "formats/diagnostics.hpp"

namespace fs = std::filesystem;

namespace folio {

namespace {

fs::path normal_absolute(const std::string& path) {
    std::error_code ec;
    const fs::path absolute = fs::absolute(path, ec);
    return ec ? fs::path(path) : absolute.lexically_normal();
}

// The folder an input's place is measured from: the folder searched, else the one holding the file.
fs::path anchor_of(const NamedInput& input, const fs::path& absolute) {
    if (!input.folder.empty()) return normal_absolute(input.folder);
    return absolute.parent_path();
}

fs::path common_folder(const fs::path& a, const fs::path& b) {
    fs::path common;
    auto left = a.begin();
    auto right = b.begin();
    for (; left != a.end() && right != b.end() && *left == *right; ++left, ++right) {
        if (left->empty()) break;  // the empty element after a trailing separator
        common /= *left;
    }
    return common;
}

std::string stem_below(const fs::path& absolute, const fs::path& base) {
    fs::path relative = absolute.lexically_relative(base);
    if (relative.empty()) relative = absolute.filename();
    return relative.replace_extension().generic_string();
}

}  // namespace

fs::path output_path(const fs::path& output_folder, const BatchInput& input, const FormatInfo& format) {
    return output_folder / (input.output_stem + std::string(format.extensions.front()));
}

std::vector<BatchInput> lay_out_outputs(const std::vector<NamedInput>& inputs, const fs::path& output_folder,
                                        const std::vector<const FormatInfo*>& formats) {
    // Plain strings, not paths: a path keeps each of its components as a path of its own.
    std::vector<std::string> absolutes;
    absolutes.reserve(inputs.size());
    fs::path base;
    for (const NamedInput& input : inputs) {
        const fs::path absolute = normal_absolute(input.path);
        const fs::path anchor = anchor_of(input, absolute);
        base = absolutes.empty() ? anchor : common_folder(base, anchor);
        absolutes.push_back(absolute.string());
    }

    std::vector<BatchInput> laid_out;
    laid_out.reserve(inputs.size());
    std::unordered_map<std::string, std::size_t> input_by_stem;
    for (std::size_t i = 0; i < inputs.size(); ++i) {
        BatchInput input{inputs[i].path, stem_below(absolutes[i], base)};
        const auto [previous, added] = input_by_stem.emplace(input.output_stem, i);
        if (!added && !formats.empty())
            throw Error(inputs[previous->second].path + " and " + input.path + " would both be written to " +
                        output_path(output_folder, input, *formats.front()).string());
        laid_out.push_back(std::move(input));
    }
    return laid_out;
}

}  // namespace folio
