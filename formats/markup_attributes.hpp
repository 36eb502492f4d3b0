// Counting the attributes of markup tags before a parser sees them: libxml2 checks each new attribute
// against all earlier ones of its element, so an element with very many takes quadratic time.
#pragma once

#include <cstddef>
#include <string_view>

namespace folio {

// No real element of a page, an SVG image or a DocBook file has this many attributes.
inline constexpr std::size_t kMaxAttributesPerElement = 1024;

// The most attributes one start tag of the markup has (counted by their "=" outside quoted values), in
// one pass over the text.
std::size_t most_attributes_on_one_tag(std::string_view markup);

}  // namespace folio
