// Reading a whole input (a file or standard input) and writing a whole output (a file or standard output).
#pragma once

#include <string>
#include <string_view>

namespace folio {

// "-" stands for standard input (as input) or standard output (as output).
inline constexpr std::string_view standard_stream = "-";

// The name messages use: the path itself, "<stdin>" or "<stdout>" for "-".
std::string input_display_name(std::string_view path);
std::string output_display_name(std::string_view path);

// The whole content of a regular file (or whatever "-" gives). Throws FileError naming the path
// with the reason: missing file, directory, no permission, read error.
std::string read_input(const std::string& path);

// Writes everything to standard output for "-", else atomically to the file (see atomic_write.hpp).
// Throws FileError naming the path with the reason.
void write_output(const std::string& path, std::string_view bytes);

}  // namespace folio
