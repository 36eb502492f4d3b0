// The folio program's EPUB zip container: the module folio-zip.so, loaded on the first EPUB, so that the
// program starts without libzip and what it loads (libcrypto, libbz2, liblzma, libzstd) for other formats.
#include "formats/diagnostics.hpp"
#include "output/epub/zip_module.hpp"
#include "tools/folio/module_loader.hpp"

namespace folio {

namespace {

const zip::ModuleTable& module() {
    static const LoadedModule loaded = load_module("folio-zip.so", "folio_zip_module", zip::module_layout());
    if (loaded.table == nullptr) throw Error("EPUB: " + loaded.problem);
    return *reinterpret_cast<const zip::ModuleTable*>(loaded.table);
}

}  // namespace

std::string zip_container(const std::vector<ZipEntry>& entries, UnixSeconds modified) {
    return unwrap(module().zip_container(entries, modified));
}

}  // namespace folio
