// Writer for folio's native JSON: {"format":"folio","version":1,"meta":{…},"blocks":[…]}, and a collection as
// {"format":"folio-collection","version":1,"meta":{…the book…},"articles":[{"meta":{…},"blocks":[…]},…]}.
#include "output/json/json_writer.hpp"

#include <variant>

#include <nlohmann/json.hpp>

#include "output/json/inline_json.hpp"

namespace folio {

namespace {

using Json = nlohmann::ordered_json;

constexpr int format_version = 1;

Json string_or_null(const std::string& value) { return value.empty() ? Json(nullptr) : Json(value); }

// Sets `key` to the plain text (null when empty) and, when the text alone would lose
// something, `inlines_key` to the inline tree.
void put_text(Json& node, const char* key, const char* inlines_key, const Inlines& content) {
    node[key] = string_or_null(to_plain_text(content));
    if (!text_is_enough(content)) node[inlines_key] = inlines_to_json(content);
}

Json person_to_json(const Person& person) {
    Json node = Json::object();
    node["name"] = string_or_null(person.name);
    node["given"] = string_or_null(person.given);
    node["family"] = string_or_null(person.family);
    put_text(node, "bio", "bio_inlines", person.bio);
    return node;
}

Json meta_to_json(const Meta& meta) {
    Json node = Json::object();
    node["title"] = string_or_null(meta.title);
    node["subtitle"] = string_or_null(meta.subtitle);
    node["kicker"] = string_or_null(meta.kicker);
    node["lang"] = string_or_null(meta.lang);
    node["date"] = string_or_null(meta.date);
    node["date_text"] = string_or_null(meta.date_text);
    node["authors"] = Json::array();
    for (const Person& person : meta.authors) node["authors"].push_back(person_to_json(person));
    node["publisher"] = string_or_null(meta.publisher);
    node["source_url"] = string_or_null(meta.source_url);
    node["keywords"] = Json::array();
    for (const std::string& keyword : meta.keywords) node["keywords"].push_back(keyword);
    node["rights"] = string_or_null(meta.rights);
    node["identifier"] = string_or_null(meta.identifier);
    return node;
}

Json figure_fields(const Figure& figure, std::size_t index, Diagnostics& diag) {
    Json node = Json::object();
    node["alt"] = string_or_null(figure.alt);
    put_text(node, "caption", "caption_inlines", figure.caption);
    node["text"] = to_plain_text(figure.caption);  // every block's plain text; a figure's is its caption
    node["credit"] = string_or_null(figure.credit);
    node["src"] = string_or_null(figure.src);
    node["media_type"] = string_or_null(figure.media_type);
    if (!figure.image.empty() && figure.src.empty())
        diag.warn("json: the image of figure " + std::to_string(index + 1) +
                  " has no source to refer to and image bytes are not written into JSON; the image is lost");
    return node;
}

Json list_fields(const List& list) {
    Json node = Json::object();
    node["ordered"] = list.ordered;
    node["items"] = Json::array();
    std::string text;  // every block's plain text; a list's is its items, one per line
    bool text_enough = true;
    for (const Inlines& item : list.items) {
        std::string plain = to_plain_text(item);
        text += (text.empty() ? "" : "\n") + plain;
        node["items"].push_back(std::move(plain));
        text_enough = text_enough && text_is_enough(item);
    }
    node["text"] = std::move(text);
    if (!text_enough) {
        node["items_inlines"] = Json::array();
        for (const Inlines& item : list.items) node["items_inlines"].push_back(inlines_to_json(item));
    }
    return node;
}

// A cell: its plain text, or an object when it spans or has formatting ({"text", "inlines", "colspan",
// "rowspan"}).
Json cell_to_json(const TableCell& cell) {
    if (cell.col_span == 1 && cell.row_span == 1 && text_is_enough(cell.content))
        return to_plain_text(cell.content);
    Json node = Json::object();
    node["text"] = to_plain_text(cell.content);
    if (!text_is_enough(cell.content)) node["inlines"] = inlines_to_json(cell.content);
    if (cell.col_span != 1) node["colspan"] = cell.col_span;
    if (cell.row_span != 1) node["rowspan"] = cell.row_span;
    return node;
}

Json rows_to_json(const std::vector<TableRow>& rows) {
    Json out = Json::array();
    for (const TableRow& row : rows) {
        Json cells = Json::array();
        for (const TableCell& cell : row) cells.push_back(cell_to_json(cell));
        out.push_back(std::move(cells));
    }
    return out;
}

Json table_fields(const Table& table) {
    Json node = Json::object();
    put_text(node, "caption", "caption_inlines", table.caption);
    node["head"] = rows_to_json(table.head);
    node["rows"] = rows_to_json(table.rows);
    Json align = Json::array();
    for (const ColumnAlign a : table.align)
        align.push_back(a == ColumnAlign::Default ? Json(nullptr) : Json(align_name(a)));
    node["align"] = table.align.empty() ? Json(nullptr) : std::move(align);
    node["text"] = table_plain_text(table);  // every block's plain text; a table's is its caption and rows
    return node;
}

Json block_to_json(const Block& block, std::size_t index, Diagnostics& diag) {
    Json node = Json::object();
    node["type"] = block_type_name(block);
    Json fields = Json::object();
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
        fields["role"] = string_or_null(paragraph->role);
        put_text(fields, "text", "inlines", paragraph->content);
    } else if (const auto* heading = std::get_if<Heading>(&block)) {
        fields["level"] = heading->level;
        put_text(fields, "text", "inlines", heading->content);
    } else if (const auto* figure = std::get_if<Figure>(&block)) {
        fields = figure_fields(*figure, index, diag);
    } else if (const auto* list = std::get_if<List>(&block)) {
        fields = list_fields(*list);
    } else if (const auto* quote = std::get_if<BlockQuote>(&block)) {
        put_text(fields, "text", "inlines", quote->content);
        fields["attribution"] = string_or_null(quote->attribution);
    } else if (const auto* note = std::get_if<Note>(&block)) {
        put_text(fields, "text", "inlines", note->content);
    } else if (const auto* table = std::get_if<Table>(&block)) {
        fields = table_fields(*table);
    } else {
        fields["text"] = "";  // a thematic break
    }
    node.update(fields);
    return node;
}

// The article's "meta" and "blocks" into `node`.
void put_article(Json& node, const Document& doc, Diagnostics& diag) {
    node["meta"] = meta_to_json(doc.meta);
    node["blocks"] = Json::array();
    for (std::size_t i = 0; i < doc.blocks.size(); ++i)
        node["blocks"].push_back(block_to_json(doc.blocks[i], i, diag));
}

std::string dump(const Json& root, Diagnostics& diag) {
    std::string out;
    try {
        out = root.dump(2, ' ', false, Json::error_handler_t::strict);
    } catch (const nlohmann::json::type_error& e) {
        diag.warn(std::string("json: the document contains invalid UTF-8, replaced by U+FFFD (") + e.what() +
                  ")");
        out = root.dump(2, ' ', false, Json::error_handler_t::replace);
    }
    out += '\n';
    return out;
}

}  // namespace

std::string write_json(const Document& doc, const WriteOptions&, Diagnostics& diag) {
    Json root = Json::object();
    root["format"] = "folio";
    root["version"] = format_version;
    put_article(root, doc, diag);
    return dump(root, diag);
}

std::string write_json_collection(const Collection& book, const WriteOptions&, Diagnostics& diag) {
    Json root = Json::object();
    root["format"] = "folio-collection";
    root["version"] = format_version;
    root["meta"] = meta_to_json(book.meta);
    root["articles"] = Json::array();
    for (const Document& doc : book.articles) {
        Json article = Json::object();
        put_article(article, doc, diag);
        root["articles"].push_back(std::move(article));
    }
    return dump(root, diag);
}

}  // namespace folio
