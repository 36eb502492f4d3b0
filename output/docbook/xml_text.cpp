// XML 1.0 character repair (controls, broken UTF-8) and escaping.
#include "output/docbook/xml_text.hpp"

#include <cstdint>

namespace folio {

namespace {

// Length of the well-formed UTF-8 sequence at `pos` and its code point; 0 when malformed.
std::size_t utf8_sequence(std::string_view s, std::size_t pos, std::uint32_t& cp) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[pos + i]); };
    const unsigned char lead = byte(0);
    std::size_t len = 0;
    if (lead < 0x80) {
        cp = lead;
        return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
        len = 2;
        cp = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        len = 3;
        cp = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        len = 4;
        cp = lead & 0x07u;
    } else {
        return 0;
    }
    if (pos + len > s.size()) return 0;
    for (std::size_t i = 1; i < len; ++i) {
        if ((byte(i) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (byte(i) & 0x3Fu);
    }
    const bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

std::string escape(std::string_view text, bool attribute, XmlTextRepairs& repairs) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::uint32_t cp = 0;
        const std::size_t len = utf8_sequence(text, pos, cp);
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
