// Base64 (RFC 4648) for data: URIs: encoding with padding and no line breaks, and decoding.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace folio {

std::string base64_encode(std::span<const std::uint8_t> bytes);

// The bytes of base64 text; white space is skipped and padding is optional. nullopt when the text
// holds any other character, padding in the middle, or a length no encoding gives.
std::optional<std::vector<std::uint8_t>> base64_decode(std::string_view text);

}  // namespace folio
