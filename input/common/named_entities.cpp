// Named character references (&check;, &half;, &nbhy;): the HTML5 names and DocBook 4's ISO 8879 ones.
#include "input/common/named_entities.hpp"

#include <algorithm>
#include <iterator>

namespace folio {

namespace {

struct NamedEntity {
    std::string_view name;
    std::string_view characters;
};

constexpr NamedEntity kEntities[] = {
#include "input/common/named_entities_table.inc"
};

}  // namespace

std::optional<std::string_view> named_entity(std::string_view name) {
    const auto found =
        std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                         [](const NamedEntity& entity, std::string_view key) { return entity.name < key; });
    if (found == std::end(kEntities) || found->name != name) return std::nullopt;
    return found->characters;
}

}  // namespace folio
