// The one-line messages folio prints on standard error.
#include "tools/folio/messages.hpp"

#include <cstdio>
#include <string>

namespace folio::cli {

namespace {

// Writes "folio: " + parts on one line: line breaks and other control characters become spaces.
void print_line(std::string_view text) {
    std::string line = "folio: ";
    for (const char c : text) line += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fflush(stderr);
}

}  // namespace

void print_error(std::string_view file, std::string_view reason) {
    print_line(std::string(file) + ": " + std::string(reason));
}

void print_warnings(std::string_view file, const std::vector<std::string>& warnings) {
    for (const std::string& warning : warnings) print_line(std::string(file) + ": warning: " + warning);
}

void print_message(std::string_view text) { print_line(text); }

void print_usage_error(std::string_view message) { print_line(std::string(message) + " (see folio --help)"); }

}  // namespace folio::cli
