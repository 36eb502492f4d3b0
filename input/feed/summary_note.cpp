// Localized wording of the note that marks an article as the feed's summary only.
#include "input/feed/summary_note.hpp"

#include <string>

namespace folio::feed {

namespace {

struct Wording {
    const char* only_summary;
    const char* whole_article;
};

Wording wording_for(std::string_view lang) {
    std::string language(lang.substr(0, lang.find_first_of("-_")));
    for (char& c : language)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (language == "de")
        return {"Der Feed enthält nur eine Zusammenfassung dieses Artikels.", "Der ganze Artikel: "};
    if (language == "fr")
        return {"Le flux ne contient qu’un résumé de cet article.", "L’article complet\xC2\xA0: "};
    return {"The feed holds only a summary of this article.", "The whole article: "};
}

}  // namespace

Note summary_note(std::string_view lang, std::string_view link) {
    const Wording wording = wording_for(lang);
    Note note;
    note.content.push_back(text(wording.only_summary));
    if (!link.empty()) {
        note.content.push_back(text(std::string(" ") + wording.whole_article));
        note.content.push_back(folio::link(std::string(link), plain(std::string(link))));
    }
    return note;
}

}  // namespace folio::feed
