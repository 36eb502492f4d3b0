// Navigation labels in German, English and French.
#include "output/epub/book_labels.hpp"

#include <array>
#include <utility>

#include "output/common/labels.hpp"

namespace folio {

const BookLabels& book_labels(std::string_view lang) {
    static constexpr std::array<std::pair<std::string_view, BookLabels>, 3> table = {{
        {"en", {"Contents", "Landmarks", "Cover", "Title page"}},
        {"de", {"Inhalt", "Orientierungspunkte", "Titelbild", "Titelseite"}},
        {"fr", {"Sommaire", "Repères", "Couverture", "Page de titre"}},
    }};
    const std::string_view language = label_language(lang);
    for (const auto& [code, labels] : table)
        if (code == language) return labels;
    return table.front().second;
}

}  // namespace folio
