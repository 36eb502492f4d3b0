// The table --list-formats prints: name, read/write support, extensions, description.
#include "tools/folio/format_list.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "converters/format_table.hpp"

namespace folio::cli {

namespace {

using Row = std::array<std::string, 5>;

Row row_for(const FormatInfo& format) {
    std::string extensions;
    for (const std::string_view extension : format.extensions) {
        if (!extensions.empty()) extensions += ' ';
        extensions += extension;
    }
    return {std::string(format.name), format.read != nullptr ? "yes" : "no",
            format.write != nullptr ? "yes" : "no", extensions, std::string(format.description)};
}

}  // namespace

std::string format_list() {
    std::vector<Row> rows = {{"FORMAT", "READ", "WRITE", "EXTENSIONS", "DESCRIPTION"}};
    for (const FormatInfo& format : format_table()) rows.push_back(row_for(format));

    std::array<std::size_t, 5> widths{};
    for (const Row& row : rows)
        for (std::size_t column = 0; column < row.size(); ++column)
            widths[column] = std::max(widths[column], row[column].size());

    std::string out;
    for (const Row& row : rows) {
        for (std::size_t column = 0; column + 1 < row.size(); ++column)
            out += row[column] + std::string(widths[column] - row[column].size() + 2, ' ');
        out += row.back() + '\n';
    }
    return out;
}

}  // namespace folio::cli
