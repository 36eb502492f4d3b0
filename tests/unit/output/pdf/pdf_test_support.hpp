// Test helpers for the PDF writer: write a PDF to a file and ask qpdf and poppler-utils about it.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace folio::pdf_test {

// Runs a shell command; returns its standard output, and its exit status through status.
std::string run(const std::string& command, int* status = nullptr);

// A PDF written to a temporary file, removed again on destruction.
class PdfFile {
public:
    PdfFile(const std::string& bytes, const std::string& name);
    ~PdfFile();
    PdfFile(const PdfFile&) = delete;
    PdfFile& operator=(const PdfFile&) = delete;
    const std::string& path() const { return path_; }

    std::string qpdf_check(int* status) const;
    std::string pdffonts() const;
    std::string pdfinfo() const;
    std::string text_raw() const;                     // pdftotext -raw
    std::string catalog() const;                      // the catalog dictionary as qpdf shows it
    std::vector<std::string> outline_titles() const;  // depth-first
    int outline_roots() const;

private:
    std::string path_;
};

// Text for comparing content: soft hyphens at line ends joined, all white space removed.
std::string squeeze(const std::string& text);

// How often needle occurs in haystack (non-overlapping).
int count(const std::string& haystack, const std::string& needle);

// Removes every line equal to line (the running header) from pdftotext output.
std::string without_lines(const std::string& text, const std::string& line);

// Removes the page footers ("Seite 2 von 3", "Page 2 of 3", "Page 2 sur 3") from pdftotext output.
std::string without_footers(const std::string& text);

// The value of one pdfinfo field ("Title", "Author"), "" when absent.
std::string info_field(const std::string& pdfinfo_output, const std::string& field);

// The rows of pdffonts after its two header lines.
std::vector<std::string> font_rows(const std::string& pdffonts_output);

}  // namespace folio::pdf_test
