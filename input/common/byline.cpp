// Byline lines ("Von Anna Berg und Jonas Ott", "By A and B | March 4, 2024"): telling them and reading them.
#include "input/common/byline.hpp"

#include "input/common/date_words.hpp"
#include "input/common/dates.hpp"
#include "input/common/person_names.hpp"
#include "input/common/utf8.hpp"

namespace folio {

namespace {

// Longer markers first: "by " must not take the "by" of "by and by".
constexpr std::string_view kMarkers[] = {"posted by ",
                                         "written by ",
                                         "reported by ",
                                         "story by ",
                                         "words by ",
                                         "text and photos by ",
                                         "geschrieben von ",
                                         "text von ",
                                         "un article de ",
                                         "escrito por ",
                                         "scritto da ",
                                         "von ",
                                         "by ",
                                         "par ",
                                         "por ",
                                         "di ",
                                         "door ",
                                         "av ",
                                         "text: ",
                                         "autor: ",
                                         "autorin: ",
                                         "author: ",
                                         "auteur : ",
                                         "auteur: ",
                                         "autore: "};
// What ends the names: a place, a date or a role may follow.
constexpr std::string_view kSeparators[] = {"|", "·", "•", " - ", " – ", " — "};
// What may stand before a date at the end of a byline.
constexpr std::string_view kDateSeparators[] = {"|", "·", "•", ",", " - ", " – ", " — "};

// The length of the byline marker the text starts with, 0 when none.
std::size_t marker_size(std::string_view text) {
    const std::string lower = to_lower(text.substr(0, 24));
    for (const std::string_view marker : kMarkers) {
        if (!lower.starts_with(marker)) continue;
        // A name follows: "Por Ana Gómez", not "Por qué …".
        std::size_t pos = marker.size();
        return pos < text.size() && !is_lower(next_code_point(text, pos)) ? marker.size() : 0;
    }
    return 0;
}

// The text up to a date that follows the names without a separator ("By A B March 25, 2015").
std::string_view before_date(std::string_view names) {
    const auto words = split_words(names);
    for (std::size_t i = 1; i < words.size(); ++i) {
        const std::string lower = to_lower(words[i]);
        const std::string_view bare = std::string_view(lower).substr(0, lower.find_first_of(".,"));
        const bool digit = lower.front() >= '0' && lower.front() <= '9';
        if (digit || is_weekday(bare) ||
            (month_number(bare) > 0 && i + 1 < words.size() && words[i + 1].front() >= '0' &&
             words[i + 1].front() <= '9'))
            return names.substr(0, static_cast<std::size_t>(words[i].data() - names.data()));
    }
    return names;
}

}  // namespace

bool starts_like_byline(std::string_view text) { return marker_size(trim_space(text)) > 0; }

std::vector<std::string> byline_names(std::string_view line) {
    std::string_view names = trim_space(line);
    names.remove_prefix(marker_size(names));
    for (const std::string_view separator : kSeparators) names = names.substr(0, names.find(separator));
    names = before_date(names);
    std::vector<std::string> people;
    for (std::string& name : split_names(names)) {
        if (looks_like_name(name) && !recognize_date(name)) {
            people.push_back(std::move(name));
        } else if (!people.empty()) {
            break;  // a role, place or organisation follows the names: "A, Senior Writer, Press Project"
        }
    }
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
