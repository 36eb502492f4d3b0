// Setting metadata fields by name.
#include "formats/metadata.hpp"

#include <algorithm>

#include "formats/diagnostics.hpp"

namespace folio {

namespace {

int number(std::string_view digits) {
    int value = 0;
    for (const char c : digits) value = value * 10 + (c - '0');
    return value;
}

bool all_digits(std::string_view v) {
    return !v.empty() && std::all_of(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int days_in_month(int year, int month) {
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : days[month - 1];
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

bool is_calendar_date(std::string_view date) {
    if (date.size() != 4 && date.size() != 7 && date.size() != 10) return false;
    if (!all_digits(date.substr(0, 4))) return false;
    if (date.size() == 4) return true;
    if (date[4] != '-' || !all_digits(date.substr(5, 2))) return false;
    const int month = number(date.substr(5, 2));
    if (month < 1 || month > 12) return false;
    if (date.size() == 7) return true;
    if (date[7] != '-' || !all_digits(date.substr(8, 2))) return false;
    const int day = number(date.substr(8, 2));
    return day >= 1 && day <= days_in_month(number(date.substr(0, 4)), month);
}

bool looks_like_iso_date(std::string_view date) {
    return date.size() >= 6 && all_digits(date.substr(0, 4)) && date[4] == '-' &&
           all_digits(date.substr(5, 1));
}

const std::vector<std::string_view>& metadata_keys() {
    static const std::vector<std::string_view> keys = {"title",      "subtitle",  "kicker", "lang",
                                                       "date",       "date_text", "author", "publisher",
                                                       "source_url", "keywords",  "rights", "identifier"};
    return keys;
}

bool sets_key(const MetadataOverrides& overrides, std::string_view key) {
    return std::any_of(overrides.begin(), overrides.end(),
                       [key](const auto& entry) { return entry.first == key; });
}

void apply_metadata(Meta& meta, const MetadataOverrides& overrides) {
    bool authors_replaced = false;
    for (const auto& [key, raw] : overrides) {
        std::string value = trim(raw);
        if (key == "title")
            meta.title = value;
        else if (key == "subtitle")
            meta.subtitle = value;
        else if (key == "kicker")
            meta.kicker = value;
        else if (key == "lang")
            meta.lang = value;
        else if (key == "date") {
            meta.date_text = value;
            meta.date = is_calendar_date(value) ? value : std::string();
        } else if (key == "date_text")
            meta.date_text = value;
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
        } else if (key == "publisher")
            meta.publisher = value;
        else if (key == "source_url" || key == "url")
            meta.source_url = value;
        else if (key == "keywords")
            meta.keywords = split_commas(value);
        else if (key == "rights")
            meta.rights = value;
        else if (key == "identifier")
            meta.identifier = value;
        else
            throw Error("unknown metadata key '" + key +
                        "' (known: title, subtitle, kicker, lang, date, "
                        "date_text, author, publisher, source_url, keywords, rights, identifier)");
    }
}

}  // namespace folio
