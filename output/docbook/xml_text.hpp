// Making model text safe for XML 1.0 and escaping it for element content and attribute values.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio {

// Counts what had to be changed so the writer can report it once per document.
struct XmlTextRepairs {
    std::size_t removed_controls = 0;  // C0 controls other than tab, LF, CR; U+FFFE, U+FFFF
    std::size_t replaced_bytes = 0;    // bytes that were not UTF-8, replaced by U+FFFD
    std::size_t line_feeds = 0;        // line feeds inside inline text (they read back as spaces)
};

// Escapes text for element content: & < > and CR (so it survives end-of-line normalisation).
std::string escape_xml_text(std::string_view text, XmlTextRepairs& repairs);

// Escapes text for a double-quoted attribute value, keeping tab, LF and CR as character references.
std::string escape_xml_attribute(std::string_view text, XmlTextRepairs& repairs);

}  // namespace folio
