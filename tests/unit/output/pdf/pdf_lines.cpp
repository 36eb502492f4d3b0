// Test helper: the printed lines of a PDF with their positions, as poppler finds them (pdftotext
// -bbox-layout).
#include "pdf_lines.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "pdf_test_support.hpp"

namespace folio::pdf_test {

namespace {

// The number in attribute name="…" of the tag starting at `at`.
double attribute(const std::string& xml, std::size_t at, const std::string& name) {
    const std::size_t end = xml.find('>', at);
    const std::size_t found = xml.find(" " + name + "=\"", at);
    if (found == std::string::npos || found > end) return 0;
    return std::strtod(xml.c_str() + found + name.size() + 3, nullptr);
}

std::string unescape(std::string text) {
    const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
    for (const auto& [entity, plain] : entities)
        for (std::size_t at = text.find(entity); at != std::string::npos; at = text.find(entity, at + 1))
            text.replace(at, std::string(entity).size(), plain);
    return text;
}

// Lines of one page in reading order; poppler's pieces of one baseline (a very loose line, a list marker)
// become one line.
void add_page_lines(std::vector<PrintedLine> found, std::vector<PrintedLine>& lines) {
    std::sort(found.begin(), found.end(), [](const PrintedLine& a, const PrintedLine& b) {
        return std::round(a.y_max) != std::round(b.y_max) ? a.y_max < b.y_max : a.x_min < b.x_min;
    });
    const std::size_t first = lines.size();
    for (PrintedLine& line : found) {
        if (lines.size() > first && std::abs(lines.back().y_max - line.y_max) < 1.0) {
            PrintedLine& joined = lines.back();
            joined.x_min = std::min(joined.x_min, line.x_min);
            joined.x_max = std::max(joined.x_max, line.x_max);
            joined.y_min = std::min(joined.y_min, line.y_min);
            joined.words.insert(joined.words.end(), line.words.begin(), line.words.end());
            std::sort(joined.words.begin(), joined.words.end(),
                      [](const PrintedWord& a, const PrintedWord& b) { return a.x_min < b.x_min; });
        } else {
            lines.push_back(std::move(line));
        }
    }
}

}  // namespace

std::string PrintedLine::text() const {
    std::string out;
    for (const PrintedWord& word : words) out += (out.empty() ? "" : " ") + word.text;
    return out;
}

PrintedPdf printed_lines(const std::string& path) {
    const std::string xml = run("pdftotext -bbox-layout -enc UTF-8 '" + path + "' - 2>/dev/null");
    PrintedPdf pdf;
    std::vector<PrintedLine> page_lines;
    for (std::size_t at = xml.find('<'); at != std::string::npos; at = xml.find('<', at + 1)) {
        if (xml.compare(at, 6, "<page ") == 0) {
            if (!pdf.pages.empty()) add_page_lines(std::move(page_lines), pdf.lines);
            page_lines.clear();
            pdf.pages.push_back(PrintedPage{attribute(xml, at, "width"), attribute(xml, at, "height")});
        } else if (xml.compare(at, 6, "<line ") == 0) {
            PrintedLine line;
            line.page = static_cast<int>(pdf.pages.size()) - 1;
            line.x_min = attribute(xml, at, "xMin");
            line.y_min = attribute(xml, at, "yMin");
            line.x_max = attribute(xml, at, "xMax");
            line.y_max = attribute(xml, at, "yMax");
            page_lines.push_back(std::move(line));
        } else if (xml.compare(at, 6, "<word ") == 0 && !page_lines.empty()) {
            const std::size_t text_start = xml.find('>', at) + 1;
            const std::size_t text_end = xml.find("</word>", text_start);
            page_lines.back().words.push_back(
                PrintedWord{attribute(xml, at, "xMin"), attribute(xml, at, "xMax"),
                            unescape(xml.substr(text_start, text_end - text_start))});
        }
    }
    if (!pdf.pages.empty()) add_page_lines(std::move(page_lines), pdf.lines);
    return pdf;
}

}  // namespace folio::pdf_test
