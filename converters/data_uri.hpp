// Images written into a page as data: URIs ("data:image/png;base64,iVBOR…"), as single-file page savers do.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

// Whether src is a data: URI (the scheme in any case).
bool is_data_uri(std::string_view src);

// A short form of a data: URI for messages: its media type and length ("data:image/png;base64,… (5120
// characters)").
std::string data_uri_display(std::string_view uri);

struct DataUri {
    std::string media_type;  // as declared, lower-case; "" when the URI declares none
    std::vector<std::uint8_t> bytes;
};

// The content of a data: URI, base64 or percent-encoded; nullopt when it has no comma or its base64 is
// broken. Sets `too_large` (and returns nullopt) when the content would exceed max_bytes, before decoding.
std::optional<DataUri> decode_data_uri(std::string_view uri, std::size_t max_bytes, bool& too_large);

}  // namespace folio
