// The whole program of a font file as PoDoFo's subset fonts read it: an sfnt file viewed where it is mapped.
#pragma once

#include <ft2build.h>
#include FT_FREETYPE_H
#include <podofo/base/PdfRefCountedBuffer.h>

#include <memory>
#include <string>
#include <string_view>

namespace folio::pdf {

struct FontProgram {
    std::shared_ptr<const std::string_view>
        mapped;                         // the file's bytes that `bytes` views, when it views them
    PoDoFo::PdfRefCountedBuffer bytes;  // empty when FreeType cannot read the file
};

// The file's "whole font file" as PdfFontMetricsFreetype::CreateForSubsetting loads it (FT_Load_Sfnt_Table
// with tag 0). For an sfnt font or collection that is the file as it is, so `bytes` views the file mapped
// (PoDoFo neither frees nor writes it; `mapped` must outlive every copy of `bytes`); for anything else
// FreeType reads (a WOFF font, decoded to an sfnt) it is copied from FreeType.
FontProgram font_program(FT_Library library, const std::string& path);

}  // namespace folio::pdf
