// Test helper: the printed lines of a PDF with their positions, as poppler finds them (pdftotext
// -bbox-layout).
#pragma once

#include <string>
#include <vector>

namespace folio::pdf_test {

struct PrintedWord {
    double x_min = 0, x_max = 0;
    std::string text;  // UTF-8
};

// One line of print: the words poppler found on one baseline of a page, left to right.
struct PrintedLine {
    int page = 0;
    double x_min = 0, y_min = 0, x_max = 0, y_max = 0;  // pt, from the page's top left corner
    std::vector<PrintedWord> words;
    double height() const { return y_max - y_min; }
    std::string text() const;  // the words joined by single spaces
};

struct PrintedPage {
    double width = 0, height = 0;
};

struct PrintedPdf {
    std::vector<PrintedPage> pages;
    std::vector<PrintedLine> lines;  // in reading order: page by page, top to bottom
};

// The pages and lines of the PDF file at path.
PrintedPdf printed_lines(const std::string& path);

}  // namespace folio::pdf_test
