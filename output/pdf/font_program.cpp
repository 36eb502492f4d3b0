// The whole program of a font file as PoDoFo's subset fonts read it: an sfnt file viewed where it is mapped.
#include "output/pdf/font_program.hpp"

#include FT_TRUETYPE_TABLES_H

#include "output/pdf/user_cache.hpp"

namespace folio::pdf {

namespace {

// True when the bytes start as an sfnt font or collection does: FreeType then reads such a file as it is.
bool is_sfnt(std::string_view bytes) {
    for (const std::string_view tag : {std::string_view("\0\1\0\0", 4), std::string_view("true"),
                                       std::string_view("OTTO"), std::string_view("ttcf")})
        if (bytes.starts_with(tag)) return true;
    return false;
}

PoDoFo::PdfRefCountedBuffer copied_from_freetype(FT_Library library, const std::string& path) {
    FT_Face face = nullptr;
    if (FT_New_Face(library, path.c_str(), 0, &face) != 0) return {};
    FT_ULong length = 0;
    PoDoFo::PdfRefCountedBuffer buffer;
    if (FT_Load_Sfnt_Table(face, 0, 0, nullptr, &length) == 0 && length > 0) {
        buffer.Resize(static_cast<size_t>(length));
        if (FT_Load_Sfnt_Table(face, 0, 0, reinterpret_cast<FT_Byte*>(buffer.GetBuffer()), &length) != 0)
            buffer = PoDoFo::PdfRefCountedBuffer();
    }
    FT_Done_Face(face);
    return buffer;
}

}  // namespace

FontProgram font_program(FT_Library library, const std::string& path) {
    FontProgram program;
    program.mapped = map_file(path, Links::follow);
    if (program.mapped != nullptr && is_sfnt(*program.mapped)) {
        program.bytes =
            PoDoFo::PdfRefCountedBuffer(const_cast<char*>(program.mapped->data()), program.mapped->size());
        program.bytes.SetTakePossesion(false);
    } else {
        program.mapped.reset();
        program.bytes = copied_from_freetype(library, path);
    }
    return program;
}

}  // namespace folio::pdf
