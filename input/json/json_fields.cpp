// Typed access to JSON object members and the inline tree, with errors that name the member.
#include "input/json/json_fields.hpp"

#include <algorithm>

#include <cstdint>
#include <utility>

namespace folio {

namespace {

constexpr int max_inline_depth = 200;

Inline inline_from_json(const JsonValue& node, const std::string& path, int depth);

Inlines inlines_at_depth(const JsonValue& array, const std::string& path, int depth) {
    if (!array.is_array()) throw_wrong_type(path, "an array of inlines", array);
    if (depth > max_inline_depth)
        throw Error(path + ": inline markup nested deeper than " + std::to_string(max_inline_depth) +
                    " levels");
    Inlines out;
    for (std::size_t i = 0; i < array.size(); ++i)
        out.push_back(inline_from_json(array[i], path + "[" + std::to_string(i) + "]", depth));
    return out;
}

Inline inline_from_json(const JsonValue& node, const std::string& path, int depth) {
    JsonFields fields(node, path);
    const std::string type = fields.string("type");
    const auto children = [&] {
        const JsonValue* found = fields.find("children");
        return found ? inlines_at_depth(*found, fields.path_of("children"), depth + 1) : Inlines{};
    };
    if (type == "text") return text(fields.string("text"));
    if (type == "code") return code(fields.string("text"));
    if (type == "emphasis") return emphasis(children());
    if (type == "strong") return strong(children());
    if (type == "link") {
        std::string href = fields.string("href");
        return link(std::move(href), children());
    }
    if (type == "linebreak") return line_break();
    if (type.empty()) throw Error(path + ": inline without a \"type\"");
    throw Error(path + ": unknown inline type \"" + type +
                "\" (known: text, emphasis, strong, link, linebreak, code)");
}

}  // namespace

void throw_wrong_type(const std::string& path, std::string_view expected, const JsonValue& got) {
    throw Error(path + ": expected " + std::string(expected) + ", got " + got.type_name());
}

Inlines inlines_from_json(const JsonValue& array, const std::string& path) {
    return inlines_at_depth(array, path, 0);
}

JsonFields::JsonFields(const JsonValue& object, std::string path) : object_(object), path_(std::move(path)) {
    if (!object_.is_object()) throw_wrong_type(path_, "an object", object_);
}

const JsonValue* JsonFields::find(std::string_view key) {
    read_.emplace(key);
    const auto found = object_.find(key);
    if (found == object_.end() || found->is_null()) return nullptr;
    return &*found;
}

std::string JsonFields::string(std::string_view key) {
    const JsonValue* value = find(key);
    if (!value) return {};
    if (!value->is_string()) throw_wrong_type(path_of(key), "a string or null", *value);
    return value->get<std::string>();
}

bool JsonFields::boolean(std::string_view key, bool fallback) {
    const JsonValue* value = find(key);
    if (!value) return fallback;
    if (!value->is_boolean()) throw_wrong_type(path_of(key), "true or false", *value);
    return value->get<bool>();
}

long long JsonFields::integer(std::string_view key, long long fallback) {
    const JsonValue* value = find(key);
    if (!value) return fallback;
    if (value->is_number_unsigned()) {
        const auto number = value->get<unsigned long long>();
        if (number > static_cast<unsigned long long>(INT64_MAX))
            throw Error(path_of(key) + ": number " + value->dump() + " is too large");
        return static_cast<long long>(number);
    }
    if (!value->is_number_integer()) throw_wrong_type(path_of(key), "an integer", *value);
    return value->get<long long>();
}

const JsonValue* JsonFields::array(std::string_view key) {
    const JsonValue* value = find(key);
    if (value && !value->is_array()) throw_wrong_type(path_of(key), "an array or null", *value);
    return value;
}

Inlines JsonFields::content(std::string_view text_key, std::string_view inlines_key) {
    const JsonValue* tree = find(inlines_key);
    std::string text = string(text_key);
    if (tree) return inlines_from_json(*tree, path_of(inlines_key));
    return plain(std::move(text));
}

std::string JsonFields::path_of(std::string_view key) const {
    return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
}

void JsonFields::warn_unread(Diagnostics& diag) const {
    for (const auto& [key, value] : object_.items())
        if (!read_.contains(key)) diag.warn("json: ignored unknown member \"" + path_of(key) + "\"");
}

std::size_t json_nesting_depth(std::string_view bytes) {
    std::size_t depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (const char c : bytes) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

}  // namespace folio
