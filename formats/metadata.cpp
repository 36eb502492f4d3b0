// Setting metadata fields by name.
#include "formats/metadata.hpp"

#include <algorithm>

#include "formats/diagnostics.hpp"

namespace folio {

namespace {

bool is_iso_date(std::string_view v) {
    if (v.size() < 4) return false;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        const bool sep = (i == 4 || i == 7) && c == '-';
        if (!sep && (c < '0' || c > '9')) return false;
    }
    return v.size() == 4 || v.size() == 7 || v.size() == 10;
}

std::string trim(std::string_view v) {
    const auto b = v.find_first_not_of(" \t");
    if (b == std::string_view::npos) return {};
    const auto e = v.find_last_not_of(" \t");
    return std::string(v.substr(b, e - b + 1));
}

std::vector<std::string> split_commas(std::string_view v) {
    std::vector<std::string> out;
    while (true) {
        const auto comma = v.find(',');
        std::string item = trim(v.substr(0, comma));
        if (!item.empty()) out.push_back(std::move(item));
        if (comma == std::string_view::npos) break;
        v.remove_prefix(comma + 1);
    }
    return out;
}

}  // namespace

const std::vector<std::string_view>& metadata_keys() {
    static const std::vector<std::string_view> keys = {
        "title",     "subtitle",   "kicker",   "lang",   "date",      "date_text",
        "author",    "publisher",  "source_url", "keywords", "rights", "identifier"};
    return keys;
}

void apply_metadata(Meta& meta, const MetadataOverrides& overrides) {
    bool authors_replaced = false;
    for (const auto& [key, raw] : overrides) {
        std::string value = trim(raw);
        if (key == "title") meta.title = value;
        else if (key == "subtitle") meta.subtitle = value;
        else if (key == "kicker") meta.kicker = value;
        else if (key == "lang") meta.lang = value;
        else if (key == "date") {
            meta.date_text = value;
            meta.date = is_iso_date(value) ? value : std::string();
        } else if (key == "date_text") meta.date_text = value;
        else if (key == "author") {
            Person person;
            auto found = std::find_if(meta.authors.begin(), meta.authors.end(),
                                      [&](const Person& p) { return p.name == value; });
            if (found != meta.authors.end()) person = *found;
            person.name = value;
            if (!authors_replaced) {
                meta.authors.clear();
                authors_replaced = true;
            }
            meta.authors.push_back(std::move(person));
        } else if (key == "publisher") meta.publisher = value;
        else if (key == "source_url" || key == "url") meta.source_url = value;
        else if (key == "keywords") meta.keywords = split_commas(value);
        else if (key == "rights") meta.rights = value;
        else if (key == "identifier") meta.identifier = value;
        else throw Error("unknown metadata key '" + key + "' (known: title, subtitle, kicker, lang, date, "
                         "date_text, author, publisher, source_url, keywords, rights, identifier)");
    }
}

}  // namespace folio
