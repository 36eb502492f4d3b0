// XML 1.0 character repair (controls, broken UTF-8) and escaping.
#include "output/docbook/xml_text.hpp"

#include "formats/utf8.hpp"

namespace folio {

namespace {

std::string escape(std::string_view text, bool attribute, XmlTextRepairs& repairs) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto [cp, len] = utf8_sequence_at(text, pos);
        if (len == 0) {
            out += "\xEF\xBF\xBD";
            ++repairs.replaced_bytes;
            ++pos;
            continue;
        }
        const bool control = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r';
        if (control || cp == 0xFFFE || cp == 0xFFFF) {
            ++repairs.removed_controls;
        } else if (cp == '&') {
            out += "&amp;";
        } else if (cp == '<') {
            out += "&lt;";
        } else if (cp == '>') {
            out += "&gt;";
        } else if (cp == '\r') {
            out += "&#13;";
        } else if (attribute && cp == '"') {
            out += "&quot;";
        } else if (attribute && cp == '\n') {
            out += "&#10;";
        } else if (attribute && cp == '\t') {
            out += "&#9;";
        } else {
            if (cp == '\n') ++repairs.line_feeds;
            out.append(text.substr(pos, len));
        }
        pos += len;
    }
    return out;
}

}  // namespace

std::string escape_xml_text(std::string_view text, XmlTextRepairs& repairs) {
    return escape(text, false, repairs);
}

std::string escape_xml_attribute(std::string_view text, XmlTextRepairs& repairs) {
    return escape(text, true, repairs);
}

}  // namespace folio
