// Reading a whole input (a file or standard input) and writing a whole output (a file or standard output).
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include "converters/atomic_write.hpp"

namespace folio {

// "-" stands for standard input (as input) or standard output (as output).
inline constexpr std::string_view standard_stream = "-";

// The name messages use: the path itself, "<stdin>" or "<stdout>" for "-".
std::string input_display_name(std::string_view path);
std::string output_display_name(std::string_view path);

// The whole content of a regular file (or whatever "-" gives). Throws FileError naming the path
// with the reason: missing file, directory, no permission, read error, more than `max_bytes` (checked
// before reading a regular file, while reading anything else).
std::string read_input(const std::string& path,
                       std::size_t max_bytes = std::numeric_limits<std::size_t>::max());

// When the input file (standard input for "-") was last modified, in seconds since 1970; none when
// that cannot be told.
std::optional<std::int64_t> input_modified_time(const std::string& path);

// Writes everything to standard output for "-", straight into a device, FIFO or socket (never replaced
// by a regular file) or the file a link of the process file system stands for (/dev/stdout), else
// atomically to the file (see atomic_write.hpp: a symbolic link is replaced, not written through) with
// the given durability. Throws FileError naming the path with the reason.
void write_output(const std::string& path, std::string_view bytes,
                  Durability durability = Durability::synced);

// Whether writing `path` would reach a terminal, told by the file it opens (so /dev/tty, /dev/stdout and
// links to them count, whatever their names); for "-", whether standard output is a terminal.
bool opens_as_terminal(const std::string& path);

}  // namespace folio
