// Options handed to readers and writers by the converter.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "formats/limits.hpp"

namespace folio {

struct ReadOptions {
    std::string source_name;  // the input's file name, for messages; "-" for stdin
    Limits limits{};          // nesting depth and block count the reader enforces
    // The caller sets the language after reading (-M lang=...): the reader need not guess it.
    bool language_given = false;
};

struct WriteOptions {
    int columns = 72;  // line width of the plain-text writer

    // The time EPUB and PDF record, as SOURCE_DATE_EPOCH gives it (decimal seconds); unset: the
    // converter takes it from the environment; "" or unusable: the article's date. Without either, the
    // PDF records no date and EPUB (which must) the input file's modification time (seconds since
    // 1970, set by the converter for files and standard input), else 1980-01-01.
    std::optional<std::string> source_date_epoch;
    std::optional<std::int64_t> input_modified;

    // PDF writer: paper ("a4" or "letter"), ragged-right instead of justified text, and TrueType
    // files for the body text ("" = the installed default; a missing style falls back to the nearest one).
    std::string pdf_paper = "a4";
    bool pdf_ragged_right = false;
    // PDF writer: a tagged PDF (PDF/UA-1: structure tree, marked content, XMP); off for the smallest file.
    bool pdf_tags = true;
    std::string pdf_font{};
    std::string pdf_font_bold{};
    std::string pdf_font_italic{};
    std::string pdf_font_bold_italic{};
    // PDF writer: the pixels it may decode in all, for the images it cannot embed as they are (PNG with an
    // alpha channel or interlacing; PoDoFo holds about 8 bytes per decoded pixel). JPEG and other PNG are
    // embedded undecoded and cost nothing here.
    std::uint64_t pdf_decoded_pixels = 50'000'000;

    // EPUB writer: an image for the cover instead of the generated one (media type sniffed from
    // the bytes when empty); and an image for the first figure that carries none (-M image=PATH).
    std::vector<std::uint8_t> cover_image;
    std::string cover_media_type;
    std::vector<std::uint8_t> figure_image;
    std::string figure_media_type;
};

}  // namespace folio
