// Localized words that writers print around the content: byline, "About the authors", source line.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

// The language labels are chosen for: the primary subtag of lang ("de-CH" → "de") when it is
// one folio has labels for (de, en, fr), otherwise "en".
std::string_view label_language(std::string_view lang);

// The heading of the closing section with the authors' bios, e.g. "About the authors",
// "Über die Autoren", "À propos des auteurs"; the singular form when there is one author.
std::string_view about_authors_label(std::string_view lang, std::size_t author_count);

// "A", "A and B", "A, B and C" with the language's conjunction ("und", "et").
std::string join_names(std::string_view lang, const std::vector<std::string>& names);

// "By A and B", "Von A und B", "Par A et B"; "" when there are no names.
std::string byline(std::string_view lang, const std::vector<std::string>& names);

// The word before a source reference: "Source", "Quelle".
std::string_view source_label(std::string_view lang);

}  // namespace folio
