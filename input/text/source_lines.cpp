// Splitting the article text into trimmed, non-blank lines grouped by the blank lines between them.
#include "input/text/source_lines.hpp"

#include <algorithm>

#include "input/common/utf8.hpp"
#include "input/text/noise.hpp"

namespace folio {

namespace {

bool is_indented(std::string_view raw) { return raw.starts_with("  ") || raw.starts_with('\t'); }

std::size_t leading_spaces(std::string_view raw) { return std::min(raw.find_first_not_of(' '), raw.size()); }

}  // namespace

SourceLines split_source_lines(std::string_view text, std::size_t& noise_dropped) {
    SourceLines lines;
    std::size_t group = 0;
    bool after_blank = false;
    bool after_cell = false;
    noise_dropped = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        const std::string_view raw = text.substr(0, end);
        const std::string_view line = trim_space(raw);
        text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
        if (line.empty()) {
            after_blank = true;
            if (raw.find('\t') != std::string_view::npos) {
                if (!lines.empty()) lines.back().cell = true;
                after_cell = true;
            }
            continue;
        }
        if (is_noise_line(line)) {
            ++noise_dropped;
            continue;
        }
        if (after_blank && !lines.empty()) ++group;
        after_blank = false;
        lines.push_back({std::string(line), group, is_indented(raw), after_cell, leading_spaces(raw)});
        after_cell = false;
    }
    return lines;
}

bool stands_alone(const SourceLines& lines, std::size_t i) {
    const std::size_t group = lines[i].group;
    const bool before = i > 0 && lines[i - 1].group == group;
    const bool after = i + 1 < lines.size() && lines[i + 1].group == group;
    return !before && !after;
}

}  // namespace folio
