// Checking a PNG's structure, checksums and compressed data before PoDoFo decodes it (libpng would print its
// own messages on standard error and the figure would silently become an empty frame).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace folio {

// "" when the PNG is intact: signature, IHDR, a palette where one is needed, every chunk's CRC, IDAT data
// that inflates completely to exactly the scanlines the header declares (the Adam7 passes when interlaced),
// each starting with a filter type PNG defines, and IEND. Else what is wrong ("truncated",
// "bad checksum in IDAT", …).
std::string png_damage(std::span<const std::uint8_t> png);

// An intact PNG with only the chunks that make up its pixels (IHDR, PLTE, tRNS, IDAT, IEND): the
// ancillary chunks (colour profiles, text, time) are the ones libpng warns about on standard error.
std::vector<std::uint8_t> png_pixel_chunks(std::span<const std::uint8_t> png);

}  // namespace folio
