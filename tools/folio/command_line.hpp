// The folio command line as parsed, before any of it is checked against the format table.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace folio::cli {

struct CommandLine {
    std::vector<std::string> inputs;    // "-" for standard input
    std::string from;                   // -f; "" to detect
    std::string to;                     // -t; "" to take it from the output's extension
    std::string output;                 // -o; "" when not given, "-" for standard output
    std::vector<std::string> metadata;  // -M, each "KEY=VALUE", in order
    int columns = 72;                   // --columns
    std::string paper = "a4";           // --paper (PDF)
    bool ragged_right = false;          // --ragged-right (PDF)
    std::string font, font_bold, font_italic, font_bold_italic;  // --font… (PDF), TrueType files
    std::string cover;                                           // --cover (EPUB), an image file
    std::string image;          // --image, an image file for the first figure without one
    bool list_formats = false;  // --list-formats
};

// Parses argv into `out`. Returns the exit status when the program is done already: after --help
// or --version (0), or after reporting a usage error (2); std::nullopt when it should go on.
std::optional<int> parse_command_line(int argc, char** argv, CommandLine& out);

}  // namespace folio::cli
