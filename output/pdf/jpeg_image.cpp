// Embedding a JPEG in a PDF image as it is (DCTDecode), from its frame header alone: nothing is decoded.
#include "output/pdf/jpeg_image.hpp"

#include <podofo/podofo.h>

namespace folio::pdf {

void embed_jpeg(PoDoFo::PdfImage& image, std::span<const std::uint8_t> jpeg, const JpegFrame& frame) {
    PoDoFo::PdfDictionary& dict = image.GetObject()->GetDictionary();
    if (frame.components == 1) {
        dict.AddKey("ColorSpace", PoDoFo::PdfName("DeviceGray"));
    } else if (frame.components == 4) {
        dict.AddKey("ColorSpace", PoDoFo::PdfName("DeviceCMYK"));
        PoDoFo::PdfArray decode;  // as PoDoFo's own JPEG loader: CMYK JPEGs are stored inverted
        for (int k = 0; k < 4; ++k) {
            decode.push_back(static_cast<PoDoFo::pdf_int64>(1));
            decode.push_back(static_cast<PoDoFo::pdf_int64>(0));
        }
        dict.AddKey("Decode", decode);
    } else {
        dict.AddKey("ColorSpace", PoDoFo::PdfName("DeviceRGB"));
    }
    dict.AddKey("Filter", PoDoFo::PdfName("DCTDecode"));
    PoDoFo::PdfMemoryInputStream data(reinterpret_cast<const char*>(jpeg.data()),
                                      static_cast<PoDoFo::pdf_long>(jpeg.size()));
    image.SetImageDataRaw(static_cast<unsigned int>(frame.width), static_cast<unsigned int>(frame.height), 8,
                          &data);
}

}  // namespace folio::pdf
