// Where a batch writes: each input's outputs keep the inputs' folder structure in the output folder.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "converters/batch_inputs.hpp"
#include "converters/format_table.hpp"

namespace folio {

// One input of a batch with the place of its outputs.
struct BatchInput {
    std::string path;  // as named, listed or found
    std::string
        output_stem;  // relative to the output folder, '/'-separated, without extension: "2023/article"
};

// The output of `input` in `format`: output_folder / (output_stem + the format's first extension).
std::filesystem::path output_path(const std::filesystem::path& output_folder, const BatchInput& input,
                                  const FormatInfo& format);

// Gives every input its output stem: its path below the deepest folder that holds all inputs (a
// folder searched recursively counts as a whole), without its extension. So inputs from one folder
// land side by side, and inputs from several folders keep their folder structure.
// Throws Error naming both inputs when two would write the same file (a.txt and a.json). Whether an
// output would replace an input is for check_no_clashes (file_clashes.hpp) to tell.
std::vector<BatchInput> lay_out_outputs(const std::vector<NamedInput>& inputs,
                                        const std::filesystem::path& output_folder,
                                        const std::vector<const FormatInfo*>& formats);

}  // namespace folio
