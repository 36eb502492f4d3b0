// What writers need to print an author's bio in the closing section.
#pragma once

#include "formats/meta.hpp"

namespace folio {

// Whether the bio already names its author ("Frederic Spohr leitet …"): then the name is not printed
// again before it.
bool bio_names_author(const Person& person);

}  // namespace folio
