// Embedding a PNG's compressed pixels in a PDF image as they are: Flate with the PNG predictors, no decoding.
#include "output/pdf/png_image.hpp"

#include <podofo/podofo.h>

#include <algorithm>
#include <cstring>

namespace folio::pdf {

namespace {

// The IDAT chunks read one after the other, so that their data is never copied into one buffer first.
class ChunksInputStream : public PoDoFo::PdfInputStream {
public:
    explicit ChunksInputStream(const std::vector<std::span<const std::uint8_t>>& chunks) : chunks_(chunks) {}

    PoDoFo::pdf_long Read(char* buffer, PoDoFo::pdf_long length, PoDoFo::pdf_long* = nullptr) override {
        PoDoFo::pdf_long done = 0;
        while (done < length && chunk_ < chunks_.size()) {
            const std::span<const std::uint8_t> rest = chunks_[chunk_].subspan(offset_);
            const std::size_t n = std::min(rest.size(), static_cast<std::size_t>(length - done));
            std::memcpy(buffer + done, rest.data(), n);
            done += static_cast<PoDoFo::pdf_long>(n);
            offset_ += n;
            if (offset_ == chunks_[chunk_].size()) {
                ++chunk_;
                offset_ = 0;
            }
        }
        return done;
    }

private:
    const std::vector<std::span<const std::uint8_t>>& chunks_;
    std::size_t chunk_ = 0;
    std::size_t offset_ = 0;
};

PoDoFo::PdfObject color_space(const PngStream& png) {
    if (png.palette.empty()) return PoDoFo::PdfName(png.colors == 1 ? "DeviceGray" : "DeviceRGB");
    PoDoFo::PdfArray indexed;
    indexed.push_back(PoDoFo::PdfName("Indexed"));
    indexed.push_back(PoDoFo::PdfName("DeviceRGB"));
    indexed.push_back(static_cast<PoDoFo::pdf_int64>(png.palette.size() / 3 - 1));
    indexed.push_back(PoDoFo::PdfString(reinterpret_cast<const char*>(png.palette.data()),
                                        static_cast<PoDoFo::pdf_long>(png.palette.size()), true));
    return indexed;
}

}  // namespace

void embed_png_stream(PoDoFo::PdfImage& image, const PngStream& png) {
    PoDoFo::PdfDictionary& dict = image.GetObject()->GetDictionary();
    dict.AddKey("ColorSpace", color_space(png));
    if (!png.color_key.empty()) {
        PoDoFo::PdfArray mask;
        for (const std::uint16_t sample : png.color_key) {
            mask.push_back(static_cast<PoDoFo::pdf_int64>(sample));
            mask.push_back(static_cast<PoDoFo::pdf_int64>(sample));
        }
        dict.AddKey("Mask", mask);
    }
    PoDoFo::PdfDictionary parameters;
    parameters.AddKey("Predictor", static_cast<PoDoFo::pdf_int64>(15));
    parameters.AddKey("Colors", static_cast<PoDoFo::pdf_int64>(png.colors));
    parameters.AddKey("BitsPerComponent", static_cast<PoDoFo::pdf_int64>(png.bit_depth));
    parameters.AddKey("Columns", static_cast<PoDoFo::pdf_int64>(png.width));
    dict.AddKey("Filter", PoDoFo::PdfName("FlateDecode"));
    dict.AddKey("DecodeParms", parameters);
    ChunksInputStream data(png.data);
    image.SetImageDataRaw(png.width, png.height, static_cast<unsigned int>(png.bit_depth), &data);
}

}  // namespace folio::pdf
