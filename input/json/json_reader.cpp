// Reader for folio's native JSON: the exact inverse of the JSON writer.
#include "input/json/json_reader.hpp"

#include <algorithm>
#include <functional>
#include <set>
#include <string>
#include <vector>

#include "input/json/json_fields.hpp"

namespace folio {

namespace {

constexpr long long supported_version = 1;
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

std::string index_path(const std::string& path, std::size_t index) {
    return path + "[" + std::to_string(index) + "]";
}

std::vector<std::string> read_strings(const JsonValue& array, const std::string& path) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < array.size(); ++i) {
        if (!array[i].is_string()) throw_wrong_type(index_path(path, i), "a string", array[i]);
        out.push_back(array[i].get<std::string>());
    }
    return out;
}

Person read_person(const JsonValue& node, const std::string& path, Diagnostics& diag) {
    JsonFields fields(node, path);
    Person person;
    person.name = fields.string("name");
    person.given = fields.string("given");
    person.family = fields.string("family");
    person.bio = fields.content("bio", "bio_inlines");
    fields.warn_unread(diag);
    return person;
}

Meta read_meta(const JsonValue& node, Diagnostics& diag) {
    JsonFields fields(node, "meta");
    Meta meta;
    meta.title = fields.string("title");
    meta.subtitle = fields.string("subtitle");
    meta.kicker = fields.string("kicker");
    meta.lang = fields.string("lang");
    meta.date = fields.string("date");
    meta.date_text = fields.string("date_text");
    if (const JsonValue* authors = fields.array("authors"))
        for (std::size_t i = 0; i < authors->size(); ++i)
            meta.authors.push_back(read_person((*authors)[i], index_path("meta.authors", i), diag));
    meta.publisher = fields.string("publisher");
    meta.source_url = fields.string("source_url");
    if (const JsonValue* keywords = fields.array("keywords"))
        meta.keywords = read_strings(*keywords, "meta.keywords");
    meta.rights = fields.string("rights");
    meta.identifier = fields.string("identifier");
    fields.warn_unread(diag);
    return meta;
}

Heading read_heading(JsonFields& fields) {
    Heading heading;
    const long long level = fields.integer("level", heading.level);
    if (level < 1 || level > 6)
        throw Error(fields.path_of("level") + ": a heading level is 1 to 6, not " + std::to_string(level));
    heading.level = static_cast<int>(level);
    heading.content = fields.content("text", "inlines");
    return heading;
}

Figure read_figure(JsonFields& fields) {
    Figure figure;
    figure.alt = fields.string("alt");
    figure.caption = fields.content("caption", "caption_inlines");
    // "text" repeats the caption as plain text; it stands in for a caption only when there is none.
    if (std::string text = fields.string("text"); figure.caption.empty() && !text.empty())
        figure.caption = plain(std::move(text));
    figure.credit = fields.string("credit");
    figure.src = fields.string("src");
    figure.media_type = fields.string("media_type");
    return figure;
}

List read_list(JsonFields& fields) {
    List list;
    list.ordered = fields.boolean("ordered", false);
    const JsonValue* items = fields.array("items");
    const JsonValue* trees = fields.array("items_inlines");
    if (trees) {
        for (std::size_t i = 0; i < trees->size(); ++i)
            list.items.push_back(
                inlines_from_json((*trees)[i], index_path(fields.path_of("items_inlines"), i)));
    } else if (items) {
        for (std::string& item : read_strings(*items, fields.path_of("items")))
            list.items.push_back(plain(item));
    }
    // "text" repeats the items, one per line; it stands in for them only when there are none.
    if (std::string text = fields.string("text"); list.items.empty() && !items && !trees) {
        for (std::size_t start = 0; start < text.size();) {
            const std::size_t end = std::min(text.find('\n', start), text.size());
            if (end > start) list.items.push_back(plain(text.substr(start, end - start)));
            start = end + 1;
        }
    }
    return list;
}

TableCell read_cell(const JsonValue& node, const std::string& path, Diagnostics& diag) {
    TableCell cell;
    if (node.is_string()) {
        cell.content = plain(node.get<std::string>());
        return cell;
    }
    if (!node.is_object()) throw_wrong_type(path, "a string or an object", node);
    JsonFields fields(node, path);
    cell.content = fields.content("text", "inlines");
    const long long col_span = fields.integer("colspan", 1);
    const long long row_span = fields.integer("rowspan", 1);
    if (col_span < 1 || col_span > kMaxColSpan)
        throw Error(fields.path_of("colspan") + ": a column span is 1 to " + std::to_string(kMaxColSpan) +
                    ", not " + std::to_string(col_span));
    if (row_span < 1 || row_span > kMaxRowSpan)
        throw Error(fields.path_of("rowspan") + ": a row span is 1 to " + std::to_string(kMaxRowSpan) +
                    ", not " + std::to_string(row_span));
    cell.col_span = static_cast<int>(col_span);
    cell.row_span = static_cast<int>(row_span);
    fields.warn_unread(diag);
    return cell;
}

std::vector<TableRow> read_rows(const JsonValue* rows, const std::string& path, Diagnostics& diag) {
    std::vector<TableRow> out;
    if (!rows) return out;
    for (std::size_t i = 0; i < rows->size(); ++i) {
        const JsonValue& row = (*rows)[i];
        const std::string row_path = index_path(path, i);
        if (!row.is_array()) throw_wrong_type(row_path, "an array of cells", row);
        out.emplace_back();
        for (std::size_t j = 0; j < row.size(); ++j)
            out.back().push_back(read_cell(row[j], index_path(row_path, j), diag));
    }
    return out;
}

// "text" repeats the caption and the cells; the cells are read from "head" and "rows".
Table read_table(JsonFields& fields, Diagnostics& diag) {
    Table table;
    table.caption = fields.content("caption", "caption_inlines");
    table.head = read_rows(fields.array("head"), fields.path_of("head"), diag);
    table.rows = read_rows(fields.array("rows"), fields.path_of("rows"), diag);
    if (const JsonValue* align = fields.array("align"))
        for (std::size_t i = 0; i < align->size(); ++i) {
            const JsonValue& value = (*align)[i];
            if (value.is_null()) {
                table.align.push_back(ColumnAlign::Default);
                continue;
            }
            const std::string path = index_path(fields.path_of("align"), i);
            if (!value.is_string()) throw_wrong_type(path, "\"left\", \"center\", \"right\" or null", value);
            const ColumnAlign a = align_from_name(value.get<std::string>());
            if (a == ColumnAlign::Default)
                throw Error(path + ": an alignment is \"left\", \"center\", \"right\" or null, not " +
                            value.dump());
            table.align.push_back(a);
        }
    fields.string("text");
    return table;
}

Block read_block(const JsonValue& node, const std::string& path, Diagnostics& diag) {
    JsonFields fields(node, path);
    const std::string type = fields.string("type");
    Block block;
    if (type == "paragraph") {
        Paragraph paragraph;
        paragraph.role = fields.string("role");
        paragraph.content = fields.content("text", "inlines");
        block = std::move(paragraph);
    } else if (type == "heading") {
        block = read_heading(fields);
    } else if (type == "figure") {
        block = read_figure(fields);
    } else if (type == "list") {
        block = read_list(fields);
    } else if (type == "blockquote") {
        BlockQuote quote;
        quote.content = fields.content("text", "inlines");
        quote.attribution = fields.string("attribution");
        block = std::move(quote);
    } else if (type == "note") {
        block = Note{fields.content("text", "inlines")};
    } else if (type == "table") {
        block = read_table(fields, diag);
    } else if (type == "break") {
        fields.string("text");  // always empty
        block = ThematicBreak{};
    } else if (type.empty()) {
        throw Error(path + ": block without a \"type\"");
    } else {
        throw Error(path + ": unknown block type \"" + type +
                    "\" (known: paragraph, heading, figure, list, blockquote, note, break, table)");
    }
    fields.warn_unread(diag);
    return block;
}

// The reason of a JSON library exception without its "[json.exception.…] " tag.
std::string reason_of(const nlohmann::json::exception& e) {
    std::string reason = e.what();
    const std::size_t tag_end = reason.find("] ");
    if (tag_end != std::string::npos) reason.erase(0, tag_end + 2);
    return reason;
}

// Builds the document as the JSON library does, refusing an object that names a member twice: the
// library keeps only one of them, so a second "blocks" would silently replace the first. (The library's
// parse callbacks would do, but they rescan the enclosing array after every object: quadratic time.)
class DomWithoutDuplicates : public nlohmann::detail::json_sax_dom_parser<JsonValue> {
    using Base = nlohmann::detail::json_sax_dom_parser<JsonValue>;

public:
    explicit DomWithoutDuplicates(JsonValue& root) : Base(root, true) {}

    bool start_object(std::size_t size) {
        open(true);
        return Base::start_object(size);
    }
    bool end_object() {
        open_.pop_back();
        return Base::end_object();
    }
    bool start_array(std::size_t size) {
        open(false);
        return Base::start_array(size);
    }
    bool end_array() {
        open_.pop_back();
        return Base::end_array();
    }
    bool key(std::string& name) {
        Container& object = open_.back();
        object.key = name;
        if (!object.keys.insert(name).second)
            throw Error("duplicate member \"" + name + "\" in " + path_of_innermost());
        return Base::key(name);
    }
    bool null() {
        count_element();
        return Base::null();
    }
    bool boolean(bool value) {
        count_element();
        return Base::boolean(value);
    }
    bool number_integer(JsonValue::number_integer_t value) {
        count_element();
        return Base::number_integer(value);
    }
    bool number_unsigned(JsonValue::number_unsigned_t value) {
        count_element();
        return Base::number_unsigned(value);
    }
    bool number_float(JsonValue::number_float_t value, const std::string& text) {
        count_element();
        return Base::number_float(value, text);
    }
    bool string(std::string& value) {
        count_element();
        return Base::string(value);
    }
    bool binary(JsonValue::binary_t& value) {
        count_element();
        return Base::binary(value);
    }

private:
    struct Container {
        bool object = true;
        std::set<std::string, std::less<>> keys;  // the members seen so far (objects)
        std::string key;                          // the member being read (objects)
        std::size_t elements = 0;                 // the elements seen so far (arrays)
    };

    void count_element() {
        if (!open_.empty() && !open_.back().object) ++open_.back().elements;
    }

    void open(bool object) {
        count_element();
        open_.push_back({object, {}, {}, 0});
    }

    // The path of the innermost open container as the reader's errors name it: "meta.authors[0]".
    std::string path_of_innermost() const {
        std::string path;
        for (std::size_t i = 0; i + 1 < open_.size(); ++i) {
            const Container& outer = open_[i];
            if (outer.object)
                path += (path.empty() ? "" : ".") + outer.key;
            else
                path += "[" + std::to_string(outer.elements - 1) + "]";
        }
        return path.empty() ? "the top-level object" : path;
    }

    std::vector<Container> open_;
};

JsonValue parse(std::string_view bytes, const Limits& limits) {
    if (bytes.starts_with(utf8_bom)) bytes.remove_prefix(utf8_bom.size());
    // RFC 8259: JSON between programs is UTF-8. A UTF-16 or UTF-32 file says so by its byte order mark, or
    // by NUL bytes around its first character.
    if (bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF") ||
        (bytes.size() >= 2 && (bytes[0] == '\0' || bytes[1] == '\0')))
        throw Error("not UTF-8: this JSON is UTF-16 or UTF-32; folio reads JSON as UTF-8 (RFC 8259)");
    // One level of the document (a block, an inline) is an object in an array: two JSON levels.
    check_nesting_depth((json_nesting_depth(bytes) + 1) / 2, "JSON objects in arrays", limits);
    try {
        JsonValue root;
        DomWithoutDuplicates builder(root);
        JsonValue::sax_parse(bytes.begin(), bytes.end(), &builder);
        return root;
    } catch (const nlohmann::json::exception& e) {  // syntax errors, numbers out of range
        throw Error("invalid JSON: " + reason_of(e));
    }
}

// Checks "format" (one of `formats`) and "version"; returns the format.
std::string check_header(JsonFields& root, const std::vector<std::string>& formats) {
    const JsonValue* format = root.find("format");
    if (!format) throw Error("not folio JSON: the top-level object has no \"format\": \"folio\"");
    if (!format->is_string() ||
        std::find(formats.begin(), formats.end(), format->get<std::string>()) == formats.end())
        throw Error("not folio JSON: \"format\" is " + format->dump() + ", expected \"" + formats.front() +
                    "\"" + (formats.size() > 1 ? " or \"" + formats.back() + "\"" : ""));
    const JsonValue* version = root.find("version");
    if (!version) throw Error("folio JSON without a \"version\"");
    if (!version->is_number_integer() || version->get<long long>() != supported_version)
        throw Error("unsupported folio JSON version " + version->dump() + " (this folio reads version " +
                    std::to_string(supported_version) + ")");
    return format->get<std::string>();
}

JsonValue parse_object(std::string_view bytes, const Limits& limits) {
    JsonValue json = parse(bytes, limits);
    if (!json.is_object())
        throw Error(std::string("not folio JSON: the top level is ") + json.type_name() +
                    ", expected an object");
    return json;
}

// An article's "meta" and "blocks".
Document read_article(JsonFields& fields, const std::string& path, const Limits& limits, Diagnostics& diag) {
    Document doc;
    if (const JsonValue* meta = fields.find("meta")) doc.meta = read_meta(*meta, diag);
    if (const JsonValue* blocks = fields.array("blocks")) {
        check_block_count(blocks->size(), limits);
        for (std::size_t i = 0; i < blocks->size(); ++i)
            doc.blocks.push_back(read_block((*blocks)[i], index_path(path + "blocks", i), diag));
    }
    fields.warn_unread(diag);
    return doc;
}

}  // namespace

Document read_json(std::string_view bytes, const ReadOptions& options, Diagnostics& diag) {
    const JsonValue json = parse_object(bytes, options.limits);
    JsonFields root(json, "");
    check_header(root, {"folio"});
    return read_article(root, "", options.limits, diag);
}

Collection read_json_collection(std::string_view bytes, const ReadOptions& options, Diagnostics& diag) {
    const JsonValue json = parse_object(bytes, options.limits);
    JsonFields root(json, "");
    Collection book;
    if (check_header(root, {"folio-collection", "folio"}) == "folio") {
        book.articles.push_back(read_article(root, "", options.limits, diag));
        return book;
    }
    if (const JsonValue* meta = root.find("meta")) book.meta = read_meta(*meta, diag);
    if (const JsonValue* articles = root.array("articles")) {
        check_block_count(articles->size(), options.limits);
        for (std::size_t i = 0; i < articles->size(); ++i) {
            const std::string path = index_path("articles", i);
            JsonFields fields((*articles)[i], path);
            book.articles.push_back(read_article(fields, path + ".", options.limits, diag));
        }
    }
    root.warn_unread(diag);
    return book;
}

}  // namespace folio
