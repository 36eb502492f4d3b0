// Embedding a PNG's compressed pixels in a PDF image as they are: Flate with the PNG predictors, no decoding.
#pragma once

#include "output/pdf/png_stream.hpp"

namespace PoDoFo {
class PdfImage;
}  // namespace PoDoFo

namespace folio::pdf {

// Gives `image` the PNG's IDAT data unchanged as /FlateDecode with /DecodeParms /Predictor 15, its colour
// space (grey, RGB, or an indexed RGB palette) and, for a tRNS colour, a /Mask colour key.
void embed_png_stream(PoDoFo::PdfImage& image, const PngStream& png);

}  // namespace folio::pdf
