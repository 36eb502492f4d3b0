// Plain-text writer: title block, blocks separated by blank lines, bios at the end, wrapped at a width; a
// collection as the book's title block, its contents, and each article after a rule.
#include "output/text/text_writer.hpp"

#include <algorithm>
#include <string_view>
#include <variant>

#include "output/common/labels.hpp"
#include "output/common/line_wrap.hpp"
#include "output/text/text_table.hpp"

namespace folio {

namespace {

constexpr std::string_view bullet_prefix = "• ";
constexpr std::string_view bullet_indent = "  ";
constexpr std::string_view quote_indent = "    ";

// Collects the output as paragraphs ("chunks") that are joined by one blank line.
class TextBuilder {
public:
    explicit TextBuilder(int columns) : columns_(columns) {}

    int columns() const { return columns_; }

    void add_lines(std::vector<std::string> lines) {
        if (lines.empty()) return;
        std::string chunk;
        for (const std::string& line : lines) {
            chunk += line;
            chunk += '\n';
        }
        chunks_.push_back(std::move(chunk));
    }

    void add_wrapped(std::string_view text) { add_lines(wrapped(text)); }

    // Wrapped text underlined with `mark` across its widest line.
    std::vector<std::string> underlined(std::string_view text, char mark) const {
        std::vector<std::string> lines = wrap_lines(text, columns_);
        int widest = 0;
        for (const std::string& line : lines) widest = std::max(widest, display_width(line));
        lines.emplace_back(static_cast<std::size_t>(widest), mark);
        return lines;
    }

    // Wrapped lines, or none for empty text.
    std::vector<std::string> wrapped(std::string_view text) const {
        if (text.empty()) return {};
        return wrap_lines(text, columns_);
    }

    std::string finish() const {
        std::string out;
        for (const std::string& chunk : chunks_) {
            if (!out.empty()) out += '\n';
            out += chunk;
        }
        if (out.empty()) out = "\n";
        return out;
    }

private:
    int columns_;
    std::vector<std::string> chunks_;
};

void append_lines(std::vector<std::string>& to, std::vector<std::string> from) {
    to.insert(to.end(), std::make_move_iterator(from.begin()), std::make_move_iterator(from.end()));
}

// Kicker, title underlined with "=", subtitle; then byline and date.
void write_title_block(const Meta& meta, TextBuilder& out) {
    std::vector<std::string> heading = out.wrapped(meta.kicker);
    if (!meta.title.empty()) append_lines(heading, out.underlined(meta.title, '='));
    append_lines(heading, out.wrapped(meta.subtitle));
    out.add_lines(std::move(heading));

    std::vector<std::string> names;
    for (const Person& person : meta.authors)
        if (!person.name.empty()) names.push_back(person.name);
    std::vector<std::string> credits = out.wrapped(byline(meta.lang, names));
    append_lines(credits, out.wrapped(meta.date_text.empty() ? meta.date : meta.date_text));
    out.add_lines(std::move(credits));
}

void write_figure(const Figure& figure, TextBuilder& out, Diagnostics& diag) {
    std::string caption = to_plain_text(figure.caption);
    if (caption.empty()) caption = figure.alt;
    std::vector<std::string> lines = out.wrapped(caption);
    append_lines(lines, out.wrapped(figure.credit));
    if (lines.empty()) {
        diag.warn("plain text: a figure without caption, alt text or credit (" +
                  (figure.src.empty() ? std::string("no source") : figure.src) + ") is left out");
        return;
    }
    out.add_lines(std::move(lines));
}

void write_list(const List& list, TextBuilder& out) {
    const std::string last_number = std::to_string(list.items.size());
    std::vector<std::string> lines;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
        std::string prefix(bullet_prefix);
        std::string indent(bullet_indent);
        if (list.ordered) {
            const std::string number = std::to_string(i + 1) + ". ";
            prefix = std::string(last_number.size() + 2 - number.size(), ' ') + number;
            indent.assign(prefix.size(), ' ');
        }
        append_lines(lines, wrap_lines(to_plain_text(list.items[i]), out.columns(), {prefix, indent}));
    }
    out.add_lines(std::move(lines));
}

void write_quote(const BlockQuote& quote, TextBuilder& out) {
    std::vector<std::string> lines =
        wrap_lines(to_plain_text(quote.content), out.columns(), {quote_indent, quote_indent});
    if (!quote.attribution.empty()) {
        const std::string attribution = "— " + quote.attribution;
        append_lines(
            lines, wrap_lines(attribution, out.columns(), {quote_indent, std::string(quote_indent) + "  "}));
    }
    out.add_lines(std::move(lines));
}

void write_break(TextBuilder& out) {
    constexpr std::string_view stars = "* * *";
    const int width = static_cast<int>(stars.size());
    const int indent = out.columns() > width ? (out.columns() - width) / 2 : 0;
    out.add_lines({std::string(static_cast<std::size_t>(indent), ' ') + std::string(stars)});
}

void write_block(const Block& block, TextBuilder& out, Diagnostics& diag) {
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
        out.add_wrapped(to_plain_text(paragraph->content));
    } else if (const auto* heading = std::get_if<Heading>(&block)) {
        const std::string title = to_plain_text(heading->content);
        if (!title.empty()) out.add_lines(out.underlined(title, '-'));
    } else if (const auto* figure = std::get_if<Figure>(&block)) {
        write_figure(*figure, out, diag);
    } else if (const auto* list = std::get_if<List>(&block)) {
        write_list(*list, out);
    } else if (const auto* quote = std::get_if<BlockQuote>(&block)) {
        write_quote(*quote, out);
    } else if (const auto* note = std::get_if<Note>(&block)) {
        out.add_wrapped(to_plain_text(note->content));
    } else if (const auto* table = std::get_if<Table>(&block)) {
        for (std::vector<std::string>& lines : text_table(*table, out.columns()))
            out.add_lines(std::move(lines));
    } else {
        write_break(out);
    }
}

// The closing section: one paragraph per bio, the bare name for an author without one.
void write_bios(const Meta& meta, TextBuilder& out) {
    const bool any_bio = std::any_of(meta.authors.begin(), meta.authors.end(),
                                     [](const Person& person) { return !person.bio.empty(); });
    if (!any_bio) return;
    out.add_lines(out.underlined(about_authors_label(meta.lang, meta.authors.size()), '-'));
    for (const Person& person : meta.authors) {
        const std::string bio = to_plain_text(person.bio);
        out.add_wrapped(bio.empty() ? person.name : bio);
    }
}

void write_source(const Meta& meta, TextBuilder& out) {
    std::vector<std::string> lines;
    std::string source = meta.publisher;
    if (!meta.source_url.empty()) source += (source.empty() ? "" : ", ") + meta.source_url;
    if (!source.empty()) lines = out.wrapped(std::string(source_label(meta.lang)) + ": " + source);
    append_lines(lines, out.wrapped(meta.rights));
    out.add_lines(std::move(lines));
}

void write_article(const Document& doc, TextBuilder& out, Diagnostics& diag) {
    write_title_block(doc.meta, out);
    for (const Block& block : doc.blocks) write_block(block, out, diag);
    write_bios(doc.meta, out);
    write_source(doc.meta, out);
}

void check_columns(const WriteOptions& options) {
    if (options.columns < 1)
        throw Error("the line width must be at least 1 column, not " + std::to_string(options.columns));
}

// The names of an article's authors as its byline gives them ("A and B"), "" when none.
std::string author_names(const Meta& meta) {
    std::vector<std::string> names;
    for (const Person& person : meta.authors)
        if (!person.name.empty()) names.push_back(person.name);
    return join_names(meta.lang, names);
}

}  // namespace

std::string write_text(const Document& doc, const WriteOptions& options, Diagnostics& diag) {
    check_columns(options);
    TextBuilder out(options.columns);
    write_article(doc, out, diag);
    return out.finish();
}

std::string write_text_collection(const Collection& book, const WriteOptions& options, Diagnostics& diag) {
    check_columns(options);
    TextBuilder out(options.columns);
    write_title_block(book.meta, out);
    // The contents: each article's title and authors, numbered.
    std::vector<std::string> contents = out.underlined(book_labels(book.meta.lang).contents, '-');
    for (std::size_t i = 0; i < book.articles.size(); ++i) {
        const Meta& meta = book.articles[i].meta;
        const std::string number = std::to_string(i + 1) + ". ";
        std::string entry =
            number + (meta.title.empty() ? std::string(untitled_label(meta.lang)) : meta.title);
        if (const std::string names = author_names(meta); !names.empty()) entry += " \u2014 " + names;
        append_lines(contents, wrap_lines(entry, out.columns(), {"", std::string(number.size(), ' ')}));
    }
    out.add_lines(std::move(contents));
    for (const Document& doc : book.articles) {
        out.add_lines({std::string(static_cast<std::size_t>(std::min(out.columns(), 72)), '#')});
        write_article(doc, out, diag);
    }
    return out.finish();
}

}  // namespace folio
