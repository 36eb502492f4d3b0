// Filtering text for XML 1.0: drops forbidden control characters and repairs broken UTF-8.
#include "output/html/xml_text.hpp"

#include "formats/utf8.hpp"

namespace folio {

namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";

}  // namespace

std::string xml_safe_text(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[at]);
        if (c < 0x20) {
            if (c == '\t' || c == '\n') out += static_cast<char>(c);
            ++at;
            continue;
        }
        const std::size_t length = utf8_sequence_at(text, at).length;
        if (length == 0) {
            out += replacement_character;
            ++at;
            continue;
        }
        const std::string_view sequence = text.substr(at, length);
        const bool non_character = sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF";
        out.append(non_character ? replacement_character : sequence);
        at += length;
    }
    return out;
}

}  // namespace folio
