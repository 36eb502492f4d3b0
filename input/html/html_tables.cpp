// Data tables of a saved page (results, budgets, standings) as Table blocks; layout tables stay transparent.
#include "input/html/html_tables.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <string>

#include "formats/table_grid.hpp"
#include "input/common/utf8.hpp"
#include "input/html/html_tags.hpp"

namespace folio::html {

namespace {

constexpr std::size_t kLongCell = 400;      // code points: a cell this long holds prose, not data
constexpr std::size_t kDominantCell = 150;  // a cell this long holding most of the text is the page
constexpr double kDominantShare = 0.6;
constexpr double kConsistentRows = 0.8;      // share of rows with the most common number of columns
constexpr std::size_t kMaxAverageCell = 60;  // code points
constexpr double kNumericShare = 0.25;

struct RowNode {
    const Node* row;
    bool head;  // in <thead>
};

bool is_cell(const Node& node) { return node.is("td") || node.is("th"); }

// The table's own rows in reading order: <thead>, then <tbody> and loose rows, then <tfoot>.
std::vector<RowNode> rows_of(const Node& table) {
    std::vector<RowNode> head, body, foot;
    for (const auto& child : table.children) {
        if (child->is("tr")) body.push_back({child.get(), false});
        const bool is_head = child->is("thead");
        if (!is_head && !child->is("tbody") && !child->is("tfoot")) continue;
        for (const auto& row : child->children)
            if (row->is("tr"))
                (is_head ? head : child->is("tfoot") ? foot : body).push_back({row.get(), is_head});
    }
    head.insert(head.end(), body.begin(), body.end());
    head.insert(head.end(), foot.begin(), foot.end());
    return head;
}

std::vector<const Node*> cells_of(const Node& row) {
    std::vector<const Node*> cells;
    for (const auto& child : row.children)
        if (is_cell(*child)) cells.push_back(child.get());
    return cells;
}

int span_attribute(const Node& cell, std::string_view name, int most) {
    const std::string_view value = trim_space(cell.attribute(name));
    int number = 1;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || value.empty()) return 1;
    if (number == 0 && name == "rowspan") return most;  // to the end of its row group
    return std::clamp(number, 1, most);
}

std::size_t column_count(const Node& row) {
    std::size_t count = 0;
    for (const Node* cell : cells_of(row))
        count += static_cast<std::size_t>(span_attribute(*cell, "colspan", kMaxColSpan));
    return count;
}

bool has_layout_content(const Node& table) {
    for (const Node* element : elements_of(table)) {
        if (element == &table) continue;
        const std::string& name = element->name;
        if (name == "table" || name == "form" || name == "input" || name == "select" || name == "textarea" ||
            name == "figure" || name == "article" || name == "section" || name == "blockquote" ||
            heading_level(name) > 0)
            return true;
    }
    return false;
}

ColumnAlign cell_align(const Node& cell) {
    const std::string style = to_lower(std::string(cell.attribute("style")));
    const std::size_t at = style.find("text-align");
    if (at != std::string::npos) {
        const std::string_view rest = std::string_view(style).substr(at);
        for (const ColumnAlign align : {ColumnAlign::Right, ColumnAlign::Center, ColumnAlign::Left})
            if (rest.substr(0, rest.find(';')).find(align_name(align)) != std::string_view::npos)
                return align;
    }
    return align_from_name(to_lower(std::string(trim_space(cell.attribute("align")))));
}

}  // namespace

bool is_data_table(const Node& table) {
    const std::string role = to_lower(std::string(table.attribute("role")));
    if (role == "presentation" || role == "none" || has_layout_content(table)) return false;
    const std::vector<RowNode> rows = rows_of(table);
    if (rows.size() < 2) return false;
    std::map<std::size_t, std::size_t> by_columns;
    std::size_t cells = 0, numeric = 0, text = 0, longest = 0, widest = 0;
    bool header_cells = false;
    for (const RowNode& row : rows) {
        const std::size_t columns = column_count(*row.row);
        ++by_columns[columns];
        widest = std::max(widest, columns);
        for (const Node* cell : cells_of(*row.row)) {
            const std::string content = text_content(*cell);
            const std::size_t length = code_point_count(content);
            ++cells;
            text += length;
            longest = std::max(longest, length);
            numeric += is_numeric_text(content) ? 1 : 0;
            header_cells = header_cells || cell->is("th");
        }
    }
    if (widest < 2) return false;
    if (longest > kDominantCell && static_cast<double>(longest) > kDominantShare * static_cast<double>(text))
        return false;
    // A caption, a header row group or a summary: data, even with long descriptions in its cells.
    if (table.has_attribute("summary") || !elements_named(table, "caption").empty() ||
        !elements_named(table, "thead").empty())
        return true;
    if (longest > kLongCell) return false;
    if (header_cells) return true;
    std::size_t common = 0, common_columns = 0;
    for (const auto& [columns, count] : by_columns)
        if (count > common) std::tie(common, common_columns) = std::pair(count, columns);
    const double row_count = static_cast<double>(rows.size());
    if (common_columns < 2 || static_cast<double>(common) < kConsistentRows * row_count) return false;
    if (cells == 0 || text / cells > kMaxAverageCell) return false;
    const bool large = rows.size() >= 10 || common_columns > 4 || rows.size() * common_columns > 10;
    return large || static_cast<double>(numeric) >= kNumericShare * static_cast<double>(cells);
}

Table read_html_table(const Node& table, const SkipNode& skip) {
    Table out;
    for (const auto& child : table.children)
        if (child->is("caption")) {
            out.caption = inline_content(*child, skip);
            break;
        }
    const std::vector<RowNode> rows = rows_of(table);
    const bool has_thead = std::any_of(rows.begin(), rows.end(), [](const RowNode& row) { return row.head; });
    bool leading = !has_thead;                     // still in the leading rows of header cells only
    std::vector<std::vector<ColumnAlign>> stated;  // per body row, the alignment each cell states
    for (const RowNode& row : rows) {
        const std::vector<const Node*> cells = cells_of(*row.row);
        const bool all_th = !cells.empty() && std::all_of(cells.begin(), cells.end(),
                                                          [](const Node* c) { return c->is("th"); });
        leading = leading && all_th;
        const bool head = row.head || leading;
        TableRow model_row;
        std::vector<ColumnAlign> aligns;
        for (const Node* cell : cells) {
            model_row.push_back(TableCell{inline_content(*cell, skip),
                                          span_attribute(*cell, "colspan", kMaxColSpan),
                                          span_attribute(*cell, "rowspan", kMaxRowSpan)});
            aligns.push_back(cell_align(*cell));
        }
        (head ? out.head : out.rows).push_back(std::move(model_row));
        if (!head) stated.push_back(std::move(aligns));
    }
    if (out.rows.empty()) std::swap(out.head, out.rows);  // header cells only: the rows are the data
    // A column's alignment: the one all its body cells state.
    const TableGrid grid = table_grid(out);
    std::vector<std::vector<ColumnAlign>> votes(grid.columns);
    for (std::size_t r = grid.head_rows; r < grid.rows && r - grid.head_rows < stated.size(); ++r)
        for (std::size_t i = 0; i < grid.cells[r].size(); ++i)
            if (grid.cells[r][i].col_span == 1)
                votes[grid.cells[r][i].column].push_back(stated[r - grid.head_rows][i]);
    for (const std::vector<ColumnAlign>& column : votes) {
        const bool same = !column.empty() && std::all_of(column.begin(), column.end(),
                                                         [&](ColumnAlign a) { return a == column.front(); });
        out.align.push_back(same ? column.front() : ColumnAlign::Default);
    }
    trim_alignment(out.align);
    return out;
}

}  // namespace folio::html
