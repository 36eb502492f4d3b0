// Embedding a JPEG in a PDF image as it is (DCTDecode), from its frame header alone: nothing is decoded.
#pragma once

#include <cstdint>
#include <span>

#include "formats/jpeg_layout.hpp"

namespace PoDoFo {
class PdfImage;
}  // namespace PoDoFo

namespace folio::pdf {

// Gives `image` the JPEG's bytes unchanged as /DCTDecode, with the colour space its components tell (grey,
// RGB, or CMYK stored inverted as Adobe writes it). The JPEG must pass raster_image_problem.
void embed_jpeg(PoDoFo::PdfImage& image, std::span<const std::uint8_t> jpeg, const JpegFrame& frame);

}  // namespace folio::pdf
