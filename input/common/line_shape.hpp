// Telling lines apart by their shape: words, final punctuation, list markers, quotations, credits, notes,
// labels.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace folio {

std::size_t word_count(std::string_view line);

// True when the line ends like a sentence (. ! ? … : ; and the CJK 。！？), looking through closing quotes
// and brackets.
bool ends_like_sentence(std::string_view line);

// A short line without sentence-final punctuation: the shape of a kicker, heading or alt text.
bool is_short_phrase(std::string_view line, std::size_t max_words);

// A photo credit: "© …", "(c) …", "Foto: …", "Photo: …", "Bild: …", "Source : …", "Crédit : …", …
bool is_credit_line(std::string_view line);

// An editor's note: "Update: …", "Korrektur: …", "Mise à jour : …", "Editor's note: …", …
bool is_update_note(std::string_view line);

// A link to another article or page: "Related: …", "Read more: …", "See also: …", "Lesen Sie auch: …",
// "Lire aussi : …", "Learn more about …".
bool is_cross_reference(std::string_view line);

// A label that introduces the author bios: "Über die Autoren", "About the author", "Les auteurs", …
bool is_author_label(std::string_view line);

// Whether two lines share a word of four letters or more, ignoring case and the punctuation around it
// (alt text and caption of one photo; a label repeating the headline).
bool shares_content_word(std::string_view a, std::string_view b);

struct ListMarker {
    bool ordered = false;
    std::string_view item;  // the text after the marker
};

// "• item", "- item", "– item", "* item", "· item", "1. item", "2) item".
std::optional<ListMarker> list_marker(std::string_view line);

// "***", "---", "* * *", "· · ·": a scene break between parts of the text.
bool is_thematic_break(std::string_view line);

bool starts_quotation(std::string_view line);
bool ends_quotation(std::string_view line);

// The line without a leading dash ("— Name" -> "Name"); nullopt when it has none.
std::optional<std::string_view> after_leading_dash(std::string_view line);

}  // namespace folio
