// The folio program's EPUB zip container: the module folio-zip.so, loaded on the first EPUB, so that the
// program starts without libzip and what it loads (libcrypto, libbz2, liblzma, libzstd) for other formats.
#include "output/epub/zip_module.hpp"
#include "tools/folio/module_loader.hpp"

namespace folio {

std::string zip_container(const std::vector<ZipEntry>& entries, UnixSeconds modified) {
    const auto& module =
        module_table<zip::ModuleTable>("folio-zip.so", "folio_zip_module", zip::module_layout(), "EPUB");
    return unwrap(module.zip_container(entries, modified));
}

}  // namespace folio
