// What writers need to print an author's bio in the closing section.
#include "output/common/author_bios.hpp"

namespace folio {

bool bio_names_author(const Person& person) {
    return !person.name.empty() && to_plain_text(person.bio).find(person.name) != std::string::npos;
}

}  // namespace folio
