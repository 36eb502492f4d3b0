// Gathering the inputs of a batch: paths as named, paths listed in a file, files found in folders.
#pragma once

#include <string>
#include <vector>

namespace folio {

// One input of a batch and where it came from.
struct NamedInput {
    std::string path;    // as named, listed or found
    std::string folder;  // the folder it was found in by a recursive search; "" when named or listed
};

// The paths listed in `list_file` ("-": standard input), one a line; blank lines are skipped and a
// line's final carriage return is dropped. Throws FileError when the list cannot be read.
std::vector<std::string> read_input_list(const std::string& list_file);

// The inputs for `paths`, in order. With `recursive`, a folder stands for the files below it that
// folio can read by their extension, sorted by path, hidden files and folders (".name") left out;
// without it a folder stays an input of its own (and fails to convert). A path named twice counts
// once. Throws FileError when a folder cannot be searched.
std::vector<NamedInput> gather_inputs(const std::vector<std::string>& paths, bool recursive);

}  // namespace folio
