// Byline lines ("Von Anna Berg und Jonas Ott", "By A and B | March 4, 2024"): telling them and reading them.
#include "input/common/byline.hpp"

#include "input/common/dates.hpp"
#include "input/common/person_names.hpp"
#include "input/common/utf8.hpp"

namespace folio {

namespace {

constexpr std::string_view kMarkers[] = {
    "von ",      "by ",      "par ",      "text: ",   "text von ",     "autor: ",
    "autorin: ", "author: ", "auteur : ", "auteur: ", "un article de "};
// What ends the names: a place, a date or a role may follow.
constexpr std::string_view kSeparators[] = {"|", "·", "•", " - ", " – ", " — "};
// What may stand before a date at the end of a byline.
constexpr std::string_view kDateSeparators[] = {"|", "·", "•", ",", " - ", " – ", " — "};

// The length of the byline marker the text starts with, 0 when none.
std::size_t marker_size(std::string_view text) {
    const std::string lower = to_lower(text.substr(0, 16));
    for (const std::string_view marker : kMarkers)
        if (lower.starts_with(marker)) return marker.size();
    return 0;
}

}  // namespace

bool starts_like_byline(std::string_view text) { return marker_size(trim_space(text)) > 0; }

std::vector<std::string> byline_names(std::string_view line) {
    std::string_view names = trim_space(line);
    names.remove_prefix(marker_size(names));
    for (const std::string_view separator : kSeparators) names = names.substr(0, names.find(separator));
    std::vector<std::string> people;
    for (std::string& name : split_names(names))
        if (looks_like_name(name) && !recognize_date(name)) people.push_back(std::move(name));
    return people;
}

std::string byline_date_text(std::string_view line) {
    for (const std::string_view separator : kDateSeparators) {
        // From the last occurrence leftwards: "By A, March 4, 2024" has its date after the first comma.
        for (std::size_t at = line.rfind(separator); at != std::string_view::npos && at > 0;
             at = line.rfind(separator, at - 1)) {
            const std::string_view tail = trim_space(line.substr(at + separator.size()));
            if (recognize_date(tail)) return std::string(tail);
        }
    }
    return {};
}

}  // namespace folio
