// Base64 encoding (RFC 4648) for data: URIs.
#pragma once

#include <cstdint>
#include <span>
#include <string>

namespace folio {

std::string base64_encode(std::span<const std::uint8_t> bytes);

}  // namespace folio
