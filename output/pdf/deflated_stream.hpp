// Deflating PDF streams with one compressor per thread, reset for each stream.
#pragma once

#include <string_view>

namespace PoDoFo {
class PdfObject;
}

namespace folio::pdf {

// Sets the stream of `object` to `data` deflated, with /Filter /FlateDecode and its /Length: the bytes
// PoDoFo's Flate filter writes (zlib at its default level, given the data and then told to finish), but
// from a compressor made once per thread and reset for each stream, where PoDoFo makes and frees one
// (about 270 kB of zlib state) per stream. Throws folio::Error when zlib fails.
void set_deflated(PoDoFo::PdfObject& object, std::string_view data);

}  // namespace folio::pdf
