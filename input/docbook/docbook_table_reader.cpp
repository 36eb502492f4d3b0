// DocBook <table> and <informaltable>, CALS or HTML model, to the model's Table.
#include "input/docbook/docbook_table_reader.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <string>

#include "input/docbook/docbook_inline_reader.hpp"
#include "input/docbook/docbook_nodes.hpp"

namespace folio {

namespace {

// A whole number attribute clamped to [1, most]; 1 when absent or not a number.
int count_attribute(const xmlNode* node, const char* name, int offset, int most) {
    const std::string value = attribute(node, name);
    int number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || end != value.data() + value.size()) return 1;
    return std::clamp(number + offset, 1, most);
}

// A cell's content: its inline content, or its paragraphs one per line.
Inlines cell_content(const xmlNode* cell) {
    const std::vector<const xmlNode*> children = element_children(cell);
    const bool blocks = std::any_of(children.begin(), children.end(),
                                    [](const xmlNode* child) { return !is_inline_name(local_name(child)); });
    if (!blocks) return read_inlines(cell);
    Inlines out;
    for (const xmlNode* child : children) {
        Inlines line = read_inlines(child);
        if (line.empty()) continue;
        if (!out.empty()) out.push_back(line_break());
        out.insert(out.end(), line.begin(), line.end());
    }
    return out;
}

// The columns of one CALS <tgroup>: colspec names and numbers, span names.
class CalsColumns {
public:
    CalsColumns(const xmlNode* tgroup, Table& table) {
        std::size_t next = 0;
        for (const xmlNode* child : element_children(tgroup)) {
            if (local_name(child) == "colspec") {
                const std::string number = attribute(child, "colnum");
                std::size_t column = next;
                if (!number.empty())
                    column = static_cast<std::size_t>(count_attribute(child, "colnum", 0, kMaxColSpan)) - 1;
                if (const std::string name = attribute(child, "colname"); !name.empty())
                    names_[name] = column;
                if (const ColumnAlign align = align_from_name(attribute(child, "align"));
                    align != ColumnAlign::Default) {
                    if (table.align.size() <= column) table.align.resize(column + 1, ColumnAlign::Default);
                    table.align[column] = align;
                }
                next = column + 1;
            } else if (local_name(child) == "spanspec") {
                spans_[attribute(child, "spanname")] = {attribute(child, "namest"),
                                                        attribute(child, "nameend")};
            }
        }
    }

    // The first column and the span of an entry; the first column is `next` when the entry names none.
    std::pair<std::size_t, int> place(const xmlNode* entry, std::size_t next) const {
        std::string start = attribute(entry, "namest");
        std::string end = attribute(entry, "nameend");
        if (const auto span = spans_.find(attribute(entry, "spanname")); span != spans_.end())
            std::tie(start, end) = span->second;
        if (start.empty()) start = attribute(entry, "colname");
        const auto first = names_.find(start);
        const std::size_t column = first == names_.end() ? next : first->second;
        const auto last = names_.find(end);
        if (last == names_.end() || last->second < column) return {column, 1};
        return {column, static_cast<int>(std::min<std::size_t>(last->second - column + 1, kMaxColSpan))};
    }

private:
    std::map<std::string, std::size_t> names_;
    std::map<std::string, std::pair<std::string, std::string>> spans_;
};

class TableReader {
public:
    explicit TableReader(Table& table) : table_(table) {}

    void cals_group(const xmlNode* tgroup) {
        const CalsColumns columns(tgroup, table_);
        for (const xmlNode* part : element_children(tgroup)) {
            const std::string_view name = local_name(part);
            if (name != "thead" && name != "tbody" && name != "tfoot") continue;
            start_part(name == "thead");
            for (const xmlNode* row : element_children(part)) {
                if (local_name(row) != "row") continue;
                std::vector<Placed> cells;
                for (const xmlNode* entry : element_children(row)) {
                    if (local_name(entry) != "entry") continue;
                    const auto [column, span] =
                        columns.place(entry, free_column(cells.empty() ? 0 : cells.back().end()));
                    cells.push_back(
                        {column, span, count_attribute(entry, "morerows", 1, kMaxRowSpan), entry});
                }
                add_row(cells);
            }
        }
    }

    void html_rows(const xmlNode* node) {
        for (const xmlNode* child : element_children(node)) {
            const std::string_view name = local_name(child);
            if (name == "thead" || name == "tbody" || name == "tfoot") {
                start_part(name == "thead");
                html_rows(child);
            } else if (name == "tr") {
                std::vector<Placed> cells;
                for (const xmlNode* cell : element_children(child)) {
                    if (local_name(cell) != "td" && local_name(cell) != "th") continue;
                    const std::size_t column = free_column(cells.empty() ? 0 : cells.back().end());
                    cells.push_back({column, count_attribute(cell, "colspan", 0, kMaxColSpan),
                                     count_attribute(cell, "rowspan", 0, kMaxRowSpan), cell});
                }
                add_row(cells);
            }
        }
    }

private:
    struct Placed {
        std::size_t column;
        int col_span;
        int row_span;
        const xmlNode* node;
        std::size_t end() const { return column + static_cast<std::size_t>(col_span); }
    };

    void start_part(bool head) {
        head_ = head;
        taken_until_.clear();  // spans never reach from one part into another
        row_ = 0;
    }

    // The first column from `from` on that no cell spanning from a row above takes.
    std::size_t free_column(std::size_t from) const {
        while (from < taken_until_.size() && taken_until_[from] > row_) ++from;
        return from;
    }

    // The row's cells in column order, empty cells standing in for the free columns an entry skipped.
    void add_row(std::vector<Placed>& cells) {
        std::sort(cells.begin(), cells.end(),
                  [](const Placed& a, const Placed& b) { return a.column < b.column; });
        TableRow row;
        std::size_t next = free_column(0);
        for (const Placed& placed : cells) {
            if (placed.column < next) continue;  // overlaps a cell before it
            for (; next < placed.column; next = free_column(next + 1)) row.push_back(TableCell{});
            row.push_back(TableCell{cell_content(placed.node), placed.col_span, placed.row_span});
            if (taken_until_.size() < placed.end()) taken_until_.resize(placed.end(), 0);
            for (std::size_t c = placed.column; c < placed.end(); ++c)
                taken_until_[c] = row_ + static_cast<std::size_t>(placed.row_span);
            next = free_column(placed.end());
        }
        ++row_;
        (head_ ? table_.head : table_.rows).push_back(std::move(row));
    }

    Table& table_;
    bool head_ = false;
    std::size_t row_ = 0;  // within the part
    std::vector<std::size_t> taken_until_;
};

}  // namespace

Table read_docbook_table(const xmlNode* node) {
    Table table;
    if (const xmlNode* title = title_of(node))
        table.caption = read_inlines(title);
    else if (const xmlNode* caption = first_child(node, "caption"))
        table.caption = cell_content(caption);
    TableReader reader(table);
    bool cals = false;
    for (const xmlNode* group : element_children(node))
        if (local_name(group) == "tgroup") {
            reader.cals_group(group);
            cals = true;
        }
    if (!cals) reader.html_rows(node);
    trim_alignment(table.align);
    return table;
}

}  // namespace folio
