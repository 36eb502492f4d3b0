// The EPUB package document (package.opf): metadata, manifest and spine.
#pragma once

#include <string>
#include <vector>

#include "formats/diagnostics.hpp"
#include "formats/document.hpp"

namespace folio {

struct ManifestItem {
    std::string id;
    std::string href;  // relative to the package document
    std::string media_type;
    std::string properties;  // "" or e.g. "nav", "cover-image"
    bool in_spine = false;
};

struct PackageFacts {
    std::string identifier;      // the unique identifier (dc:identifier, NCX dtb:uid)
    std::string lang;            // well-formed BCP 47 tag
    std::string modified;        // CCYY-MM-DDThh:mm:ssZ
    bool figure_images = false;  // the article shows at least one image (with alt text)
};

// package.opf: dc:identifier, dc:title (and the subtitle as a refined title), one dc:creator per
// author (role aut, file-as "Family, Given"), dc:language, dc:subject (kicker, keywords),
// dc:description, dc:date (when ISO 8601; a warning otherwise), dc:publisher, dc:source,
// dc:rights, dcterms:modified, schema.org accessibility metadata; the manifest; the spine in
// reading order with the NCX for EPUB 2 readers.
std::string package_document(const Document& doc, const PackageFacts& facts,
                             const std::vector<ManifestItem>& items, Diagnostics& diag);

}  // namespace folio
