// Named character references (&check;, &half;, &nbhy;): the HTML5 names and DocBook 4's ISO 8879 ones.
#pragma once

#include <optional>
#include <string_view>

namespace folio {

// The characters (UTF-8) the entity `name` (without & and ;) stands for; nullopt for an unknown name.
// Names are case-sensitive, as in HTML5 and XML.
std::optional<std::string_view> named_entity(std::string_view name);

}  // namespace folio
