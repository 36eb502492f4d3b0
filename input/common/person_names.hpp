// People named in an article: what a printed name looks like, lists of names, and Person entries.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "formats/meta.hpp"

namespace folio {

// A printed name has 2 to 4 words (particles such as "von" count).
inline constexpr std::size_t kMinNameTokens = 2;
inline constexpr std::size_t kMaxNameTokens = 4;

// A word of a person's name: capitalised ("Jannik", "Dong-hyun", "O’Neill", "J.", "Dr."), or, after
// the first word, a particle such as "von" or "de". The first word is never an article ("Die", "The").
bool is_name_token(std::string_view token, bool first);

// Whether the text holds a word of a role, credential or page interface ("Staff Writer", "Follow").
bool has_role_word(std::string_view text);

// Whether the text is a person's name: 2-4 name tokens, none a role word, not ending in a particle.
bool looks_like_name(std::string_view text);

// The names of a printed list ("A, B und C", "A and B", "A & B", "A et B"), trimmed, in order;
// separators are commas, semicolons and the words und/and/et/y and "&" between spaces.
std::vector<std::string> split_names(std::string_view list);

// A Person with the printed name, given and family name when it has exactly two words, and the bio.
Person make_person(std::string name, std::string bio = {});

// The authors in the order `names` gives them (a byline or the page's metadata), each with the bio of
// the same person in `with_bios` when there is one, then the people of `with_bios` that `names` lacks.
// The same person: the same words ignoring case, or one name the end of the other ("Dr. Eva Kern").
std::vector<Person> merge_authors(const std::vector<std::string>& names, std::vector<Person> with_bios);

}  // namespace folio
