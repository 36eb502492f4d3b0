// Reading a JSON Feed and its items with nlohmann-json.
#include "input/feed/json_feed.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

#include "input/feed/feed_limits.hpp"
#include "input/json/json_fields.hpp"

namespace folio::feed {

namespace {

using Json = nlohmann::json;

constexpr std::string_view version_prefix = "https://jsonfeed.org/version/";
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// Stops the SAX parse once the top-level "version" has been read.
class VersionProbe : public nlohmann::json_sax<Json> {
public:
    bool found = false;

    bool null() override { return value(""); }
    bool boolean(bool) override { return value(""); }
    bool number_integer(number_integer_t) override { return value(""); }
    bool number_unsigned(number_unsigned_t) override { return value(""); }
    bool number_float(number_float_t, const string_t&) override { return value(""); }
    bool string(string_t& s) override { return value(s); }
    bool binary(binary_t&) override { return value(""); }
    bool start_object(std::size_t) override { return open(true); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(); }
    bool key(string_t& k) override {
        version_key_ = depth_ == 1 && k == "version";
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        return false;
    }

private:
    bool value(const std::string& s) {
        if (!version_key_) return depth_ > 0;
        found = std::string_view(s).starts_with(version_prefix);
        return false;  // the answer is known
    }
    bool open(bool object) {
        if (depth_ == 0 && !object) return false;
        ++depth_;
        version_key_ = false;
        return true;
    }
    bool close() {
        --depth_;
        version_key_ = false;
        return depth_ > 0;
    }
    std::size_t depth_ = 0;
    bool version_key_ = false;
};

class Fields {
public:
    Fields(const Json& object, std::string path, Diagnostics& diag)
        : object_(object), path_(std::move(path)), diag_(diag) {}

    std::string string(const char* key) const {
        const Json* value = find(key);
        if (!value || value->is_null()) return {};
        if (value->is_string()) return value->get<std::string>();
        wrong_type(key, "a string", *value);
        return {};
    }

    const Json* array(const char* key) const { return typed(key, &Json::is_array, "an array"); }
    const Json* object(const char* key) const { return typed(key, &Json::is_object, "an object"); }

    std::vector<std::string> author_names() const {
        std::vector<std::string> names;
        if (const Json* authors = array("authors")) {
            for (std::size_t i = 0; i < authors->size(); ++i)
                if ((*authors)[i].is_object())
                    if (std::string name =
                            Fields((*authors)[i], path_ + ".authors[" + std::to_string(i) + "]", diag_)
                                .string("name");
                        !name.empty())
                        names.push_back(std::move(name));
        } else if (const Json* author = object("author")) {
            if (std::string name = Fields(*author, path_ + ".author", diag_).string("name"); !name.empty())
                names.push_back(std::move(name));
        }
        return names;
    }

    std::vector<std::string> strings(const char* key) const {
        std::vector<std::string> out;
        if (const Json* values = array(key))
            for (const Json& value : *values)
                if (value.is_string()) out.push_back(value.get<std::string>());
        return out;
    }

private:
    const Json* find(const char* key) const {
        const auto it = object_.find(key);
        return it == object_.end() ? nullptr : &*it;
    }
    const Json* typed(const char* key, bool (Json::*is)() const noexcept, const char* what) const {
        const Json* value = find(key);
        if (!value || value->is_null()) return nullptr;
        if ((value->*is)()) return value;
        wrong_type(key, what, *value);
        return nullptr;
    }
    void wrong_type(const char* key, const char* expected, const Json& value) const {
        diag_.warn(path_ + (path_.empty() ? "" : ".") + key + " is " + value.type_name() + ", not " +
                   expected + "; left out");
    }

    const Json& object_;
    std::string path_;
    Diagnostics& diag_;
};

Entry read_item(const Json& item, const std::string& path, Diagnostics& diag) {
    const Fields fields(item, path, diag);
    Entry entry;
    entry.title = fields.string("title");
    entry.link = fields.string("url");
    if (entry.link.empty()) entry.link = fields.string("external_url");
    if (const auto id = item.find("id"); id != item.end())
        entry.id = id->is_string() ? id->get<std::string>() : id->is_number() ? id->dump() : std::string();
    entry.date = fields.string("date_published");
    if (entry.date.empty()) entry.date = fields.string("date_modified");
    entry.authors = fields.author_names();
    entry.lang = fields.string("language");
    entry.keywords = fields.strings("tags");
    entry.content = Content{fields.string("content_html"), true};
    if (entry.content.empty()) entry.content = Content{fields.string("content_text"), false};
    entry.summary = Content{fields.string("summary"), false};
    return entry;
}

Json parse(std::string_view bytes, const Limits& limits) {
    check_nesting_depth(json_nesting_depth(bytes), "JSON arrays and objects", limits);
    try {
        return Json::parse(bytes.begin(), bytes.end());
    } catch (const nlohmann::json::exception& e) {
        std::string reason = e.what();
        if (const std::size_t at = reason.find("] "); at != std::string::npos) reason.erase(0, at + 2);
        throw Error("invalid JSON: " + reason);
    }
}

}  // namespace

bool is_json_feed(std::string_view bytes) {
    if (bytes.starts_with(utf8_bom)) bytes.remove_prefix(utf8_bom.size());
    VersionProbe probe;
    Json::sax_parse(bytes.begin(), bytes.end(), &probe, nlohmann::json::input_format_t::json, false);
    return probe.found;
}

Feed read_json_feed(std::string_view bytes, const Limits& limits, Diagnostics& diag) {
    if (bytes.starts_with(utf8_bom)) bytes.remove_prefix(utf8_bom.size());
    const Json json = parse(bytes, limits);
    if (!json.is_object()) throw Error(std::string("not a JSON Feed: the top level is ") + json.type_name());
    if (json.contains("format") && json["format"] == "folio")
        throw Error("not a feed: this is folio's own JSON (read it with -f json)");
    const auto version = json.find("version");
    if (version == json.end() || !version->is_string() ||
        !version->get<std::string>().starts_with(version_prefix))
        throw Error("not a JSON Feed: the top-level \"version\" is not \"" + std::string(version_prefix) +
                    "1.1\"");
    const Fields fields(json, "", diag);
    Feed feed;
    feed.title = fields.string("title");
    feed.description = fields.string("description");
    feed.link = fields.string("home_page_url");
    feed.id = fields.string("feed_url");
    feed.lang = fields.string("language");
    feed.authors = fields.author_names();
    const Json* items = fields.array("items");
    if (!items) {
        diag.warn("the JSON Feed has no \"items\"");
        return feed;
    }
    check_entry_count(items->size(), limits);
    feed.entries.reserve(items->size());
    for (std::size_t i = 0; i < items->size(); ++i) {
        const std::string path = "items[" + std::to_string(i) + "]";
        if (!(*items)[i].is_object()) {
            diag.warn(path + " is " + std::string((*items)[i].type_name()) + ", not an object; left out");
            continue;
        }
        Entry entry = read_item((*items)[i], path, diag);
        if (entry.authors.empty()) entry.authors = feed.authors;
        feed.entries.push_back(std::move(entry));
    }
    return feed;
}

}  // namespace folio::feed
