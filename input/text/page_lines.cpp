// What a line of a copied web page is: running text, a label that ends the article, the copyright notice.
#include "input/text/page_lines.hpp"

#include <algorithm>
#include <set>

#include "input/common/line_shape.hpp"
#include "input/common/utf8.hpp"

namespace folio {

namespace {

constexpr std::size_t kMaxEndLabelWords = 6;

}  // namespace

bool ends_with_ellipsis(std::string_view line) {
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    return line.ends_with("\u2026") || line.ends_with("...");
}

bool is_prose(std::string_view line) {
    const std::size_t words = word_count(line);
    return words >= kLongLineWords ||
           (words >= kMinProseWords && ends_like_sentence(line) && !ends_with_ellipsis(line));
}

std::string letters_only(std::string_view line) {
    std::string out;
    const std::string lower = to_lower(line);  // the words below point into it
    for (const std::string_view word : split_words(lower)) {
        if (!out.empty()) out += ' ';
        out += word;
    }
    return out;
}

bool is_end_label(std::string_view line) {
    if (word_count(line) > kMaxEndLabelWords) return false;
    static const std::set<std::string_view> starts = {"comments",
                                                      "comment",
                                                      "leave a comment",
                                                      "leave a reply",
                                                      "post a comment",
                                                      "reader comments",
                                                      "responses",
                                                      "discussion",
                                                      "join the discussion",
                                                      "related",
                                                      "related stories",
                                                      "related articles",
                                                      "more from",
                                                      "more stories",
                                                      "recommended",
                                                      "you may also like",
                                                      "you might also like",
                                                      "most popular",
                                                      "most read",
                                                      "most viewed",
                                                      "most shared",
                                                      "top stories",
                                                      "trending",
                                                      "latest news",
                                                      "live updates",
                                                      "en direct",
                                                      "direct",
                                                      "les plus lus",
                                                      "meistgelesen",
                                                      "newsticker",
                                                      "liveticker",
                                                      "lo más leído",
                                                      "más leídas",
                                                      "en vivo",
                                                      "i più letti",
                                                      "mais lidas",
                                                      "ao vivo",
                                                      "read next",
                                                      "kommentare",
                                                      "kommentar",
                                                      "leserkommentare",
                                                      "mehr zum thema",
                                                      "weitere artikel",
                                                      "das könnte sie auch interessieren",
                                                      "commentaires",
                                                      "réagir",
                                                      "lire aussi",
                                                      "à lire aussi",
                                                      "sur le même sujet",
                                                      "comentarios",
                                                      "relacionados",
                                                      "commenti",
                                                      "reacties",
                                                      "lees ook",
                                                      "gerelateerd",
                                                      "lesen sie auch",
                                                      "ähnliche artikel",
                                                      "voir aussi",
                                                      "dans la même rubrique",
                                                      "lee también",
                                                      "noticias relacionadas",
                                                      "artículos relacionados",
                                                      "relacionadas",
                                                      "leia também",
                                                      "veja também",
                                                      "leggi anche",
                                                      "articoli correlati",
                                                      "correlati",
                                                      "läs också",
                                                      "relaterat",
                                                      "les også",
                                                      "læs også",
                                                      "související",
                                                      "čtěte také",
                                                      "czytaj także",
                                                      "czytaj też",
                                                      "powiązane"};
    std::string lower = letters_only(line);
    while (!lower.empty() && (lower.front() == ' ' || (lower.front() >= '0' && lower.front() <= '9')))
        lower.erase(0, 1);
    while (!lower.empty() && (lower.back() == ':' || lower.back() == '.')) lower.pop_back();
    for (const std::string_view start : starts)
        if (lower == start || (lower.starts_with(start) && lower[start.size()] == ' ')) return true;
    return false;
}

bool is_comments_label(std::string_view line) {
    const std::string lower = letters_only(line);
    for (const std::string_view word :
         {"comment", "kommentar", "reply", "discussion", "respons", "réagir", "reacties", "commenti",
          "comentario", "live", "direct", "ticker", "vivo"})
        if (lower.find(word) != std::string::npos) return true;
    return false;
}

bool is_copyright_notice(std::string_view line) {
    const std::string lower = to_lower(line);
    for (const std::string_view phrase :
         {"all rights reserved", "alle rechte vorbehalten", "tous droits réservés",
          "todos los derechos reservados", "tutti i diritti riservati"})
        if (lower.find(phrase) != std::string::npos) return true;
    for (const std::string_view mark : {"©", "(c)", "copyright"}) {
        if (!lower.starts_with(mark)) continue;
        const std::string_view year = trim_space(std::string_view(lower).substr(mark.size())).substr(0, 4);
        return year.size() == 4 &&
               std::all_of(year.begin(), year.end(), [](char c) { return c >= '0' && c <= '9'; });
    }
    return false;
}

}  // namespace folio
