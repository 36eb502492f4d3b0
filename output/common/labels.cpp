// Localized labels for writers (de, en, fr; English for every other language), all in one table.
#include "output/common/labels.hpp"

#include <array>
#include <cctype>
#include <string>

namespace folio {

namespace {

struct LabelSet {
    std::string_view language;
    std::string_view by;
    std::string_view and_word;
    std::string_view about_author;
    std::string_view about_authors;
    std::string_view source;
    std::string_view untitled;
    std::string_view page;  // "Page n of m"
    std::string_view of;
    std::string_view more;  // "A and 3 more": the word after the number
    BookLabels book;
};

constexpr std::array<LabelSet, 3> label_sets = {{
    {"en",
     "By",
     "and",
     "About the author",
     "About the authors",
     "Source",
     "Untitled",
     "Page",
     "of",
     "more",
     {"Contents", "Landmarks", "Cover", "Title page"}},
    {"de",
     "Von",
     "und",
     "Zur Person",
     "Über die Autoren",
     "Quelle",
     "Ohne Titel",
     "Seite",
     "von",
     "weitere",
     {"Inhalt", "Orientierungspunkte", "Titelbild", "Titelseite"}},
    {"fr",
     "Par",
     "et",
     "À propos de l'auteur",
     "À propos des auteurs",
     "Source",
     "Sans titre",
     "Page",
     "sur",
     "autres",
     {"Sommaire", "Repères", "Couverture", "Page de titre"}},
}};

const LabelSet& labels_for(std::string_view lang) {
    const std::string_view chosen = label_language(lang);
    for (const LabelSet& set : label_sets)
        if (set.language == chosen) return set;
    return label_sets.front();
}

}  // namespace

std::string_view label_language(std::string_view lang) {
    const std::size_t end = lang.find_first_of("-_");
    const std::string_view primary = lang.substr(0, end);
    for (const LabelSet& set : label_sets) {
        if (set.language.size() != primary.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < primary.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(primary[i])) != set.language[i]) same = false;
        if (same) return set.language;
    }
    return label_sets.front().language;
}

std::string_view about_authors_label(std::string_view lang, std::size_t author_count) {
    const LabelSet& set = labels_for(lang);
    return author_count == 1 ? set.about_author : set.about_authors;
}

std::string join_names(std::string_view lang, const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) {
            if (i + 1 < names.size()) {
                out += ", ";
            } else {
                out += ' ';
                out += labels_for(lang).and_word;
                out += ' ';
            }
        }
        out += names[i];
    }
    return out;
}

std::string byline(std::string_view lang, const std::vector<std::string>& names) {
    if (names.empty()) return {};
    std::string out(labels_for(lang).by);
    out += ' ';
    out += join_names(lang, names);
    return out;
}

std::string_view source_label(std::string_view lang) { return labels_for(lang).source; }

std::string_view untitled_label(std::string_view lang) { return labels_for(lang).untitled; }

std::string page_n_of_m(std::string_view lang, int n, int m) {
    const LabelSet& set = labels_for(lang);
    return std::string(set.page) + ' ' + std::to_string(n) + ' ' + std::string(set.of) + ' ' +
           std::to_string(m);
}

const BookLabels& book_labels(std::string_view lang) { return labels_for(lang).book; }

std::string and_more(std::string_view lang, std::string_view first, std::size_t more) {
    const LabelSet& set = labels_for(lang);
    return std::string(first) + ' ' + std::string(set.and_word) + ' ' + std::to_string(more) + ' ' +
           std::string(set.more);
}

}  // namespace folio
