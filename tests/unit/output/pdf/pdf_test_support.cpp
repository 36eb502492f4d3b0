// Test helpers for the PDF writer: write a PDF to a file and ask qpdf and poppler-utils about it.
#include "pdf_test_support.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

namespace folio::pdf_test {

std::string run(const std::string& command, int* status) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (pipe == nullptr) {
        if (status != nullptr) *status = -1;
        return out;
    }
    char buffer[4096];
    std::size_t n = 0;
    while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    const int raw = pclose(pipe);
    if (status != nullptr) *status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    return out;
}

PdfFile::PdfFile(const std::string& bytes, const std::string& name) {
    path_ = (std::filesystem::temp_directory_path() /
             ("folio-pdf-test-" + std::to_string(::getpid()) + "-" + name + ".pdf"))
                .string();
    std::ofstream(path_, std::ios::binary) << bytes;
}

PdfFile::~PdfFile() {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
}

std::string PdfFile::qpdf_check(int* status) const {
    return run("qpdf --check '" + path_ + "' 2>&1", status);
}
std::string PdfFile::pdffonts() const { return run("pdffonts '" + path_ + "' 2>&1"); }
std::string PdfFile::pdfinfo() const { return run("pdfinfo -enc UTF-8 '" + path_ + "' 2>&1"); }
std::string PdfFile::text_raw() const {
    return run("pdftotext -raw -enc UTF-8 '" + path_ + "' - 2>/dev/null");
}

std::string PdfFile::catalog() const {
    const std::string trailer = run("qpdf --show-object=trailer '" + path_ + "' 2>&1");
    const std::size_t root = trailer.find("/Root ");
    if (root == std::string::npos) return {};
    const std::string number = trailer.substr(root + 6, trailer.find(' ', root + 6) - root - 6);
    return run("qpdf --show-object=" + number + " '" + path_ + "' 2>&1");
}

std::vector<std::string> PdfFile::outline_titles() const {
    const auto json = nlohmann::json::parse(run("qpdf --json --json-key=outlines '" + path_ + "'"));
    std::vector<std::string> titles;
    std::function<void(const nlohmann::json&)> walk = [&](const nlohmann::json& items) {
        for (const auto& item : items) {
            titles.push_back(item.at("title").get<std::string>());
            walk(item.at("kids"));
        }
    };
    walk(json.at("outlines"));
    return titles;
}

int PdfFile::outline_roots() const {
    const auto json = nlohmann::json::parse(run("qpdf --json --json-key=outlines '" + path_ + "'"));
    return static_cast<int>(json.at("outlines").size());
}

std::string squeeze(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        // U+00AD (C2 AD): the hyphen the line breaker inserted; dropped to rejoin the word.
        if (static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
            static_cast<unsigned char>(text[i + 1]) == 0xAD) {
            ++i;
            continue;
        }
        // U+00A0 (C2 A0) counts as white space.
        if (static_cast<unsigned char>(text[i]) == 0xC2 && i + 1 < text.size() &&
            static_cast<unsigned char>(text[i + 1]) == 0xA0) {
            ++i;
            continue;
        }
        const char c = text[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f') continue;
        out.push_back(c);
    }
    return out;
}

int count(const std::string& haystack, const std::string& needle) {
    if (needle.empty()) return 0;
    int n = 0;
    for (std::size_t at = haystack.find(needle); at != std::string::npos;
         at = haystack.find(needle, at + needle.size()))
        ++n;
    return n;
}

std::string without_lines(const std::string& text, const std::string& line) {
    std::istringstream in(text);
    std::string out;
    std::string current;
    while (std::getline(in, current)) {
        if (current == line) continue;
        out += current;
        out += '\n';
    }
    return out;
}

std::string without_footers(const std::string& text) {
    static const std::regex footer("^\f?(Seite|Page) [0-9]+ (von|of|sur) [0-9]+$");
    std::istringstream in(text);
    std::string out;
    std::string current;
    while (std::getline(in, current)) {
        if (std::regex_match(current, footer)) continue;
        out += current;
        out += '\n';
    }
    return out;
}

std::string info_field(const std::string& output, const std::string& field) {
    std::istringstream in(output);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.starts_with(field + ":")) continue;
        const std::size_t value = line.find_first_not_of(' ', field.size() + 1);
        return value == std::string::npos ? std::string() : line.substr(value);
    }
    return {};
}

std::vector<std::string> font_rows(const std::string& output) {
    std::istringstream in(output);
    std::vector<std::string> rows;
    std::string line;
    int index = 0;
    while (std::getline(in, line))
        if (index++ >= 2 && !line.empty()) rows.push_back(line);
    return rows;
}

}  // namespace folio::pdf_test
