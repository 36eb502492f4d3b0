// Splitting a printed list of names ("A, B und C", "A and B", "A & B", "A et B") into the names.
#include "input/html/name_lists.hpp"

#include "input/common/utf8.hpp"

namespace folio::html {

std::vector<std::string> split_names(std::string_view list) {
    static constexpr std::string_view joiners[] = {" und ", " and ", " & ", " et ", " y ", ";", ","};
    std::vector<std::string> names;
    std::size_t start = 0;
    std::size_t pos = 0;
    const auto add = [&](std::size_t end) {
        const std::string_view name = trim_space(list.substr(start, end - start));
        if (!name.empty()) names.emplace_back(name);
    };
    while (pos < list.size()) {
        std::size_t joiner_size = 0;
        for (const std::string_view joiner : joiners)
            if (list.substr(pos).starts_with(joiner)) {
                joiner_size = joiner.size();
                break;
            }
        if (joiner_size == 0) {
            ++pos;
            continue;
        }
        add(pos);
        pos += joiner_size;
        start = pos;
    }
    add(list.size());
    return names;
}

}  // namespace folio::html
