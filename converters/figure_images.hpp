// Loading the images of a page's figures from the page's folder (or folders --resource-path allows).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/limits.hpp"

namespace folio {

struct ImageFolders {
    std::string input;                        // the input file ("-" for standard input)
    std::vector<std::string> resource_paths;  // further folders images may be read from
    Limits limits{};                          // image bytes and declared pixels
    bool media_type_only =
        false;  // the output carries no image bytes: each image's first bytes tell its type
    bool copies_per_figure = false;  // the output writes an image once per figure: repeats cost again
};

// Gives every figure that has a `src` but no image bytes its image, when `src` is a relative path
// (or a file: URL, or an absolute path) naming a regular file inside the input's folder or one of
// the resource folders, checked on the canonical path (no "../" escape, no symbolic link leading
// out). A relative `src` is looked up in the input's folder first, then in each resource folder.
// A data: URI (an image written into the page) is decoded instead. Nothing is fetched over the network. A
// figure whose image cannot be loaded (remote, missing, outside the allowed folders, too large, not an image,
// beyond the document's image budget: limits.document_image_bytes and document_image_pixels for all its
// figures together) keeps its caption and credit, with a warning. A file several figures show is read once,
// and they share its bytes (SharedBytes); it counts against the budget once, or once for every figure when
// copies_per_figure.
// With media_type_only, figures get their media type from the first bytes of their file and no image bytes.
// Returns the image files it opened (canonical paths), for the run's checks that no output replaces them.
std::vector<std::string> load_figure_images(Document& doc, const ImageFolders& folders, Diagnostics& diag);

// Throws Error naming both files when one of `outputs` is one of the figure images `images` (the
// same file, whatever names or links lead to it): an output must never replace a file the run reads.
void check_outputs_spare_images(const std::vector<std::string>& images,
                                const std::vector<std::string>& outputs);

}  // namespace folio
