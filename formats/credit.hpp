// Photo credits ("© picture alliance / dpa | Name", "Foto: Name/Agency") split into marker, holder and
// creator.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio {

struct CreditParts {
    std::string marker;   // the marker as printed ("©", "(c)", "Foto:", "Crédit :"); "" when none
    std::string holder;   // the rights holder or agency ("picture alliance / dpa"); "" when unknown
    std::string creator;  // the photographer or author of the image; "" when unknown
    friend bool operator==(const CreditParts&, const CreditParts&) = default;
};

// Splits a verbatim credit line. Rules, after the marker:
//  - "holder | creator" wherever a "|" is present;
//  - a copyright marker ("©", "(c)", "Copyright") or a source marker ("Quelle:", "Source:") names the holder;
//  - otherwise ("Foto:", "Photo:", "Bild:", "Credit:" or no marker) the text names the creator, and
//    "Creator/Holder" splits at the first "/" (not inside a URL).
CreditParts parse_credit(std::string_view credit);

// When the line starts with a credit marker ("©", "(c)", "Foto:", "Photo credit:", "Quelle:", …), the
// byte position after it; 0 otherwise. The one list of markers readers and parse_credit share.
std::size_t credit_marker_end(std::string_view line);

}  // namespace folio
