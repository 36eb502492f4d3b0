// The folio command line as parsed, before any of it is checked against the format table.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/limits.hpp"

namespace folio::cli {

// The paper sizes --paper takes.
inline constexpr std::string_view paper_sizes[] = {"a4", "letter"};

struct CommandLine {
    std::vector<std::string> inputs;    // "-" for standard input
    std::string from;                   // -f; "" to detect
    std::string to;                     // -t; "" to take it from the output's extension
    std::string output;                 // -o; "" when not given, "-" for standard output
    std::vector<std::string> metadata;  // -M, each "KEY=VALUE", in order
    int columns = 72;                   // --columns
    std::string paper = "a4";           // --paper (PDF)
    bool ragged_right = false;          // --ragged-right (PDF)
    bool no_pdf_tags = false;           // --no-pdf-tags (PDF)
    bool skip_failed = false;           // --skip-failed: a book goes on without the inputs that fail
    std::string font, font_bold, font_italic, font_bold_italic;  // --font… (PDF), TrueType files
    std::string cover;                                           // --cover (EPUB), an image file
    std::string image;  // --image, an image file for the first figure without one
    // --resource-path, repeatable: more folders figure images may come from
    std::vector<std::string> resource_paths;
    bool list_formats = false;  // --list-formats
    Limits limits;              // --max-input-size, --max-depth, --max-blocks

    // Batches (folio INPUT... -t FORMAT,... -d DIR)
    std::string output_dir;  // -d; "" for a single conversion
    std::string input_list;  // --inputs FILE, one input a line; "-" for standard input
    bool recursive = false;  // -r: a folder stands for the files below it
    unsigned jobs = 0;       // -j; 0 for one thread per core
    bool quiet = false;      // --quiet: no progress bar, warnings or summary
    std::string report;      // --report FILE: JSON Lines, one record per input and format
    bool update = false;     // --update: skip outputs newer than their input
    std::string shard;       // --shard K/N
    std::string completion;  // --completion SHELL: print the shell's completion script
};

// Parses argv into `out`. Returns the exit status when the program is done already: after --help
// or --version (0), or after reporting a usage error (2); std::nullopt when it should go on.
std::optional<int> parse_command_line(int argc, char** argv, CommandLine& out);

}  // namespace folio::cli
