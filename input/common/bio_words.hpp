// Word lists for recognising author bios: bio verbs, name particles and words that never start a name.
#pragma once

#include <string_view>

namespace folio {

// A verb that follows the name at the start of a bio ("ist", "leitet", "is", "works", "est", …), lower-case.
bool is_bio_verb(std::string_view lower_word);

// A lower-case particle inside a name ("von", "van", "de", "da", "al", "bin", …).
bool is_name_particle(std::string_view word);

// Articles, determiners and pronouns that cannot start a person's name ("Die", "The", "Le", "Il", …).
bool is_determiner(std::string_view lower_word);

// A word that starts a subordinate clause ("dass", "that", "que"): "X is convinced that …" is no bio.
bool is_complementizer(std::string_view lower_word);

}  // namespace folio
