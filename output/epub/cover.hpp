// The book's cover: the image given in the options, or one generated from the metadata.
#pragma once

#include <string>

#include "formats/diagnostics.hpp"
#include "formats/meta.hpp"
#include "formats/options.hpp"

namespace folio {

struct CoverImage {
    std::string path;  // inside the publication directory, e.g. "images/cover.svg"
    std::string media_type;
    std::string bytes;
};

// options.cover_image when it is a JPEG, PNG, GIF or SVG (a warning and the generated cover
// otherwise); the generated SVG cover when no image is given.
CoverImage cover_image(const Meta& meta, const std::string& lang, const WriteOptions& options,
                       Diagnostics& diag);

// cover.xhtml: the cover image alone on the page, with the title and authors as its alt text.
std::string cover_page(const Meta& meta, const std::string& lang, const CoverImage& cover);

}  // namespace folio
