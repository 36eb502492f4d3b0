// Counting the attributes of markup tags before a parser sees them: libxml2 checks each new attribute
// against all earlier ones of its element, so an element with very many takes quadratic time.
#include "formats/markup_attributes.hpp"

#include <algorithm>

namespace folio {

namespace {

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::size_t most_attributes_on_one_tag(std::string_view markup) {
    std::size_t most = 0;
    std::size_t i = 0;
    while ((i = markup.find('<', i)) != std::string_view::npos) {
        ++i;
        if (i >= markup.size() || !is_ascii_letter(markup[i])) continue;
        std::size_t attributes = 0;
        char quote = 0;
        for (; i < markup.size(); ++i) {
            const char c = markup[i];
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '=') {
                ++attributes;
            } else if (c == '>') {
                break;
            }
        }
        most = std::max(most, attributes);
    }
    return most;
}

}  // namespace folio
