// Checks and fallbacks for metadata values written into markup.
#include "output/html/meta_values.hpp"

#include <cctype>

#include "formats/metadata.hpp"
#include "output/common/labels.hpp"

namespace folio {

namespace {

bool all_of_class(std::string_view text, int (*test)(int)) {
    for (char c : text)
        if (!test(static_cast<unsigned char>(c))) return false;
    return true;
}

bool is_digits(std::string_view text, std::size_t count) {
    return text.size() == count && all_of_class(text, [](int c) { return std::isdigit(c); });
}

bool in_range(std::string_view digits, int low, int high) {
    const int value = std::stoi(std::string(digits));
    return value >= low && value <= high;
}

// hh:mm[:ss[.fraction]]
bool is_time(std::string_view time) {
    if (time.size() < 5 || time[2] != ':' || !is_digits(time.substr(0, 2), 2) ||
        !is_digits(time.substr(3, 2), 2))
        return false;
    if (!in_range(time.substr(0, 2), 0, 23) || !in_range(time.substr(3, 2), 0, 59)) return false;
    time.remove_prefix(5);
    if (time.empty()) return true;
    if (time.size() < 3 || time[0] != ':' || !is_digits(time.substr(1, 2), 2) ||
        !in_range(time.substr(1, 2), 0, 59))
        return false;
    time.remove_prefix(3);
    if (time.empty()) return true;
    return time.size() > 1 && time[0] == '.' &&
           all_of_class(time.substr(1), [](int c) { return std::isdigit(c); });
}

bool is_zone(std::string_view zone) {
    if (zone == "Z") return true;
    return zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':' &&
           is_digits(zone.substr(1, 2), 2) && is_digits(zone.substr(4, 2), 2) &&
           in_range(zone.substr(1, 2), 0, 23) && in_range(zone.substr(4, 2), 0, 59);
}

}  // namespace

std::string language_tag(std::string_view lang) {
    std::string tag(lang);
    for (char& c : tag)
        if (c == '_') c = '-';
    bool well_formed = !tag.empty();
    std::size_t start = 0;
    for (std::size_t index = 0; well_formed && start <= tag.size(); ++index) {
        const std::size_t end = std::min(tag.find('-', start), tag.size());
        const std::string_view subtag = std::string_view(tag).substr(start, end - start);
        const bool alnum = all_of_class(subtag, [](int c) { return std::isalnum(c); });
        if (index == 0)
            well_formed = subtag.size() >= 2 && subtag.size() <= 8 &&
                          all_of_class(subtag, [](int c) { return std::isalpha(c); });
        else
            well_formed = !subtag.empty() && subtag.size() <= 8 && alnum;
        start = end + 1;
    }
    return well_formed ? tag : "und";
}

bool is_w3c_date(std::string_view date) {
    if (date.size() < 4 || !is_digits(date.substr(0, 4), 4)) return false;
    if (date.size() == 4) return true;
    if (date.size() < 7 || date[4] != '-' || !is_digits(date.substr(5, 2), 2) ||
        !in_range(date.substr(5, 2), 1, 12))
        return false;
    if (date.size() == 7) return true;
    if (date.size() < 10 || !is_calendar_date(date.substr(0, 10))) return false;
    if (date.size() == 10) return true;
    if (date[10] != 'T') return false;
    const std::string_view rest = date.substr(11);
    const std::size_t zone = rest.find_first_of("Z+-");
    return zone != std::string_view::npos && is_time(rest.substr(0, zone)) && is_zone(rest.substr(zone));
}

std::string display_title(const Meta& meta) {
    return meta.title.empty() ? std::string(untitled_label(meta.lang)) : meta.title;
}

std::vector<std::string> author_names(const Meta& meta) {
    std::vector<std::string> names;
    for (const Person& person : meta.authors)
        if (!person.name.empty()) names.push_back(person.name);
    return names;
}

}  // namespace folio
