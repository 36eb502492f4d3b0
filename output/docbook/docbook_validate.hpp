// Validation of DocBook output against the DocBook 5.0 RELAX NG schema (Debian's docbook5-xml).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio {

// The schema validate_docbook uses.
inline constexpr const char* docbook_schema_path = "/usr/share/xml/docbook/schema/rng/5.0/docbook.rng";

// Parses `xml` safely (no network, no DTD, no external entities) and validates it against docbook.rng 5.0.
// Returns the errors, "line N: message" each; empty when valid. The schema is parsed once per process and
// shared; validations are serialised because libxml2 does not promise a compiled schema is thread-safe.
std::vector<std::string> validate_docbook(std::string_view xml);

}  // namespace folio
