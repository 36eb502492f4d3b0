// Test helpers: strict well-formedness checks of XML output with libxml2, also inside EPUB archives.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace folio::test {

// "" when `bytes` is well-formed XML 1.0 (libxml2, no recovery, no network, no entity loading),
// else the first error as "line N: message".
std::string xml_error(std::string_view bytes);

// One named part of a zip archive.
struct ZipEntry {
    std::string name;
    std::string bytes;
    std::uint16_t method = 0;  // how it is stored: ZIP_CM_STORE or ZIP_CM_DEFLATE
};

// Every entry of a zip archive in memory; throws std::runtime_error when libzip cannot read it.
std::vector<ZipEntry> zip_entries(std::string_view archive);

// "" when every XML part of the EPUB (.xhtml, .opf, .ncx, .xml, .svg) is well-formed, else
// "NAME: line N: message" for the first that is not (or why the archive cannot be read).
std::string epub_xml_error(std::string_view epub);

}  // namespace folio::test
