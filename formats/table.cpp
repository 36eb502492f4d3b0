// Plain text, alignment names and number recognition for table blocks.
#include "formats/table.hpp"

#include <array>

namespace folio {

namespace {

// Characters a figure may carry besides digits, as UTF-8: signs, separators, currency, percent, units of
// a score or a ratio.
constexpr std::array<std::string_view, 22> number_marks = {
    "+",      "-", "\u2212", "\u00B1", ".", ",",      "'",      "\u2019", " ", "\u00A0", "\u202F",
    "\u2009", "%", "\u2030", "\u20AC", "$", "\u00A3", "\u00A5", ":",      "/", "(",      ")"};

}  // namespace

std::string table_plain_text(const Table& table) {
    std::string out = to_plain_text(table.caption);
    const auto add_rows = [&out](const std::vector<TableRow>& rows) {
        for (const TableRow& row : rows) {
            if (!out.empty()) out += '\n';
            for (std::size_t i = 0; i < row.size(); ++i) {
                if (i > 0) out += '\t';
                out += to_plain_text(row[i].content);
            }
        }
    };
    add_rows(table.head);
    add_rows(table.rows);
    return out;
}

bool table_is_empty(const Table& table) {
    for (const auto* part : {&table.head, &table.rows})
        for (const TableRow& row : *part)
            for (const TableCell& cell : row)
                if (!to_plain_text(cell.content).empty()) return false;
    return true;
}

std::string_view align_name(ColumnAlign align) {
    switch (align) {
        case ColumnAlign::Left:
            return "left";
        case ColumnAlign::Center:
            return "center";
        case ColumnAlign::Right:
            return "right";
        case ColumnAlign::Default:
            break;
    }
    return "";
}

ColumnAlign align_from_name(std::string_view name) {
    if (name == "left") return ColumnAlign::Left;
    if (name == "center") return ColumnAlign::Center;
    if (name == "right") return ColumnAlign::Right;
    return ColumnAlign::Default;
}

void trim_alignment(std::vector<ColumnAlign>& align) {
    while (!align.empty() && align.back() == ColumnAlign::Default) align.pop_back();
}

bool is_numeric_text(std::string_view text) {
    bool digit = false;
    while (!text.empty()) {
        if (text.front() >= '0' && text.front() <= '9') {
            digit = true;
            text.remove_prefix(1);
            continue;
        }
        bool mark = false;
        for (const std::string_view m : number_marks)
            if (text.starts_with(m)) {
                text.remove_prefix(m.size());
                mark = true;
                break;
            }
        if (!mark) return false;
    }
    return digit;
}

}  // namespace folio
