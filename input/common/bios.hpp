// Recognising the author bios at the end of the article and turning them into Person entries.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "formats/block.hpp"
#include "formats/meta.hpp"

namespace folio {

// The person's name when the paragraph starts like a bio: a name of 2-4 capitalised tokens
// (hyphenated parts and particles such as "von" or "de" allowed) directly followed by a bio
// verb in German, English or French ("ist", "leitet", "is", "works", "est", "dirige", …); an age
// may stand between them ("Anna Berg (34) ist …", "Anna Berg, 34, ist …").
std::optional<std::string> bio_name(std::string_view paragraph);

// Removes the trailing run of bio paragraphs from blocks and returns their authors. After a
// label such as "Über die Autoren" (label_at), every paragraph that follows counts as a bio. A
// bio that starts with such a label ("Über die Autorin: Anna Berg ist …") loses it.
std::vector<Person> take_author_bios(std::vector<Block>& blocks, std::optional<std::size_t> label_at);

}  // namespace folio
