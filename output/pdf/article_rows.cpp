// The article laid out as rows: title block, lead, body blocks, figures, tables, and the closing bios
// section.
#include "output/pdf/article_rows.hpp"

#include <algorithm>
#include <variant>

#include "output/common/author_bios.hpp"
#include "output/common/labels.hpp"
#include "output/pdf/figure_image_check.hpp"
#include "output/pdf/table_rows.hpp"

namespace folio::pdf {

namespace {

class RowBuilder {
public:
    RowBuilder(const Document& doc, Typesetter& typesetter, const PageGeometry& page,
               std::uint64_t decoded_pixels, StructureTree& structure, int article, Diagnostics& diagnostics)
        : doc_(doc),
          ts_(typesetter),
          page_(page),
          images_(decoded_pixels),
          tree_(structure),
          article_(article),
          diagnostics_(diagnostics) {}

    std::vector<Row> build() {
        title_block();
        for (const Block& block : doc_.blocks) std::visit([this](const auto& b) { add(b); }, block);
        bios();
        return std::move(rows_);
    }

private:
    // Starts a structure element: the text rows that follow belong to it.
    int tag(std::string type) { return tag(std::move(type), article_); }
    int tag(std::string type, int parent) {
        element_ = tree_.add(std::move(type), parent);
        return element_;
    }

    // Appends text lines of the current structure element; the first gets space_before; returns how many
    // rows were added.
    std::size_t text(const StyledText& content, const TextStyle& style, double space_before,
                     double indent = 0, double right_indent = 0, bool keep_all = false,
                     std::optional<double> bar = std::nullopt) {
        const std::size_t first = rows_.size();
        ts_.set(content, style, page_.text_width - indent - right_indent, [&](TextLine&& line) {
            rows_.push_back(text_row(std::move(line), style, indent));
            rows_.back().bar = bar;
            rows_.back().element = element_;
        });
        // After setting: the style's primary font may be new, and fonts are numbered in order of first use.
        const double baseline = baseline_offset(ts_.fonts(), style);
        const std::span<Row> rows = std::span<Row>(rows_).subspan(first);
        if (rows.empty()) return 0;
        for (Row& row : rows) row.baseline = baseline;
        rows.front().space_before = space_before;
        keep_lines(rows, keep_all);
        return rows.size();
    }

    double take_space(double wanted) {
        const double space = std::max(pending_space_, wanted);
        pending_space_ = 0;
        return rows_.empty() ? 0.0 : space;
    }

    void keep_last() {
        if (!rows_.empty()) rows_.back().keep_with_next = true;
    }

    void rule(double space_before, double height, double width, double thickness, bool keep) {
        Row row;
        row.height = height;
        row.space_before = space_before;
        row.rule_width = width;
        row.rule_thickness = thickness;
        row.indent = (page_.text_width - width) / 2.0;
        row.keep_with_next = keep;
        rows_.push_back(std::move(row));
    }

    void title_block() {
        const Meta& meta = doc_.meta;
        if (!meta.kicker.empty()) {
            tag("P");
            text(flatten_plain(meta.kicker), style::kicker(), 0, 0, 0, true);
        }
        const std::size_t title_start = rows_.size();
        if (!meta.title.empty()) {
            tag("H1");
            text(flatten_plain(meta.title), style::title(), rows_.empty() ? 0 : 3, 0, 0, true);
            if (rows_.size() > title_start) rows_[title_start].bookmark = Bookmark{meta.title, 0};
        }
        if (!meta.subtitle.empty()) {
            tag("P");
            text(flatten_plain(meta.subtitle), style::subtitle(), 6, 0, 0, true);
        }
        std::vector<std::string> names;
        for (const Person& person : meta.authors)
            if (!person.name.empty()) names.push_back(person.name);
        std::string credit_line = byline(meta.lang, names);
        const std::string& date = meta.date_text.empty() ? meta.date : meta.date_text;
        if (!date.empty()) credit_line += credit_line.empty() ? date : "  \u00B7  " + date;
        if (!credit_line.empty()) {
            tag("P");
            text(flatten_plain(credit_line), style::byline(), 9, 0, 0, true);
        }
        if (!rows_.empty()) {
            rule(4, 12, page_.text_width, 0.6, false);
            pending_space_ = 4;
        }
    }

    void add(const Paragraph& p) {
        const bool lead = p.role == "lead";
        tag("P");
        text(flatten(p.content), lead ? style::lead() : style::body(), take_space(style::kParagraphSpace));
        if (lead) pending_space_ = 10;
    }

    void add(const Heading& h) {
        const std::size_t start = rows_.size();
        tag(headings_.type_for(h.level));
        text(flatten(h.content), style::heading(h.level), take_space(h.level <= 2 ? 15 : 11), 0, 0, true);
        if (rows_.size() > start)
            rows_[start].bookmark = Bookmark{to_plain_text(h.content), std::max(1, h.level - 1)};
        pending_space_ = 3;
    }

    void add(const Figure& f) {
        const double space = take_space(style::kBlockSpace);
        const std::optional<ImageSize> size = images_.shown_size(f, diagnostics_);
        StyledText caption = flatten(f.caption);
        if (caption.empty() && !f.alt.empty()) caption = flatten_plain(f.alt);
        const std::size_t start = rows_.size();
        std::optional<double> bar;
        double indent = 0;
        if (size) {
            Row row;
            double width = page_.text_width;
            double height = width * size->height / size->width;
            const double max_height = page_.text_height() * 0.5;
            if (height > max_height) {
                width *= max_height / height;
                height = max_height;
            }
            row.height = height;
            row.image = &f;
            row.image_width = width;
            row.indent = (page_.text_width - width) / 2.0;
            row.space_before = space;
            row.keep_with_next = true;  // the image never leaves its caption
            // The image is a Figure described by its alt text (else the caption, else the credit); with
            // nothing to say about it, an artifact.
            const std::string alt = !f.alt.empty()     ? f.alt
                                    : !caption.empty() ? to_plain_text(f.caption)
                                                       : f.credit;
            if (!alt.empty()) {
                row.element = tree_.add("Figure", article_);
                tree_[row.element].alt = alt;
            }
            rows_.push_back(std::move(row));
        } else {
            bar = 0.0;
            indent = 9;
        }
        const int caption_element = tag("Caption");
        text(caption, style::caption(), size ? 5 : space, indent, 0, true, bar);
        if (!f.credit.empty()) {
            tag("Credit", caption_element);
            text(flatten_plain(f.credit), style::credit(), 2, indent, 0, true, bar);
        }
        if (rows_.size() > start) rows_.back().keep_with_next = false;
        pending_space_ = style::kBlockSpace;
    }

    void add(const List& l) {
        double space = take_space(style::kBlockSpace - 4);
        const TextStyle item_style = style::body();
        int number = 1;
        const int list = tree_.add("L", article_);
        for (const Inlines& item : l.items) {
            const std::size_t start = rows_.size();
            const int list_item = tree_.add("LI", list);
            const int label = tree_.add("Lbl", list_item);
            tag("LBody", list_item);
            text(flatten(item), item_style, space, style::kListIndent);
            space = 3;
            if (rows_.size() == start || !rows_[start].line) continue;
            const std::string marker = l.ordered ? std::to_string(number) + "." : "\u2022";
            const StyledText marker_text = flatten_plain(marker);
            const double marker_width = ts_.measure(marker_text, item_style);
            std::vector<TextLine> marker_lines = ts_.set(marker_text, item_style, page_.text_width);
            if (!marker_lines.empty()) {
                TextLine& target = *rows_[start].line;
                for (PlacedRun run : marker_lines.front().runs) {
                    run.x -= marker_width + 6;
                    run.element = label;
                    target.runs.insert(target.runs.begin(), run);
                }
            }
            ++number;
        }
        pending_space_ = style::kBlockSpace - 4;
    }

    void add(const BlockQuote& q) {
        const double space = take_space(style::kBlockSpace);
        const double bar = style::kQuoteIndent - 10;
        const int quote = tree_.add("BlockQuote", article_);
        tag("P", quote);
        text(flatten(q.content), style::quote(), space, style::kQuoteIndent, style::kQuoteIndent, false, bar);
        if (!q.attribution.empty()) {
            keep_last();
            tag("P", quote);
            text(flatten_plain("\u2014 " + q.attribution), style::attribution(), 2, style::kQuoteIndent,
                 style::kQuoteIndent, false, bar);
        }
        pending_space_ = style::kBlockSpace;
    }

    void add(const Note& n) {
        tag("Note");
        text(flatten(n.content), style::note(), take_space(style::kBlockSpace), 9, 0, false, 0.0);
        pending_space_ = style::kBlockSpace;
    }

    void add(const ThematicBreak&) {
        rule(take_space(6), 16, 60, 0.6, false);
        pending_space_ = 6;
    }

    // The caption above the table (a Caption of the Table), kept with the table's first rows.
    void add(const Table& t) {
        if (table_is_empty(t)) {
            diagnostics_.warn("PDF: a table without any text is left out");
            return;
        }
        double space = take_space(style::kBlockSpace);
        const int table = tree_.add("Table", article_);
        if (!t.caption.empty()) {
            tag("Caption", table);
            if (text(flatten(t.caption), style::table_caption(), space, 0, 0, true) > 0) space = 4;
        }
        append_table_rows(t, ts_, page_.text_width, tree_, table, space, rows_);
        pending_space_ = style::kBlockSpace;
    }

    void bios() {
        std::vector<const Person*> with_bio;
        for (const Person& person : doc_.meta.authors)
            if (!person.bio.empty()) with_bio.push_back(&person);
        if (with_bio.empty()) return;
        rule(take_space(22), 10, page_.text_width, 0.5, true);
        const std::string label(about_authors_label(doc_.meta.lang, doc_.meta.authors.size()));
        const std::size_t start = rows_.size();
        const int section = tree_.add("Sect", article_);
        tag(headings_.type_for(2), section);
        text(flatten_plain(label), style::heading(2), 2, 0, 0, true);
        if (rows_.size() > start) rows_[start].bookmark = Bookmark{label, 1};
        double space = 3;
        for (const Person* person : with_bio) {
            Inlines content = person->bio;
            if (!person->name.empty() && !bio_names_author(*person)) {
                content.insert(content.begin(), text_inline(": "));
                content.insert(content.begin(), strong(plain(person->name)));
            }
            // A bio is never split over pages.
            tag("P", section);
            if (text(flatten(content), style::bio(), space, 0, 0, true) > 0)
                rows_.back().keep_with_next = false;
            space = 5;
        }
    }

    static Inline text_inline(std::string s) { return folio::text(std::move(s)); }

    const Document& doc_;
    Typesetter& ts_;
    const PageGeometry& page_;
    FigureImageCheck images_;
    StructureTree& tree_;
    int article_;       // the Art element the article's elements go below
    int element_ = -1;  // the structure element text rows are added to
    HeadingLevels headings_;
    Diagnostics& diagnostics_;
    std::vector<Row> rows_;
    double pending_space_ = 0;
};

}  // namespace

std::vector<Row> article_rows(const Document& doc, Typesetter& typesetter, const PageGeometry& page,
                              std::uint64_t decoded_pixels, StructureTree& structure, int article,
                              Diagnostics& diagnostics) {
    return RowBuilder(doc, typesetter, page, decoded_pixels, structure, article, diagnostics).build();
}

}  // namespace folio::pdf
