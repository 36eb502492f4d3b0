// The EPUB zip container as a module (folio-zip.so) that the folio program loads when it first writes an
// EPUB, so that the other formats start without libzip and the libraries it loads (libcrypto above all).
#pragma once

#include <cstddef>
#include <vector>

#include "output/common/program_module.hpp"
#include "output/epub/zip_container.hpp"

namespace folio::zip {

// The module's function behind the header the program checks before it calls it.
struct ModuleTable {
    ModuleHeader header;
    ModuleResult (*zip_container)(const std::vector<ZipEntry>& entries, UnixSeconds modified);
};

// A fingerprint of the layout of the types the program and the module pass each other.
constexpr std::size_t module_layout() {
    return sizeof(ModuleTable) + 3 * sizeof(ModuleResult) + 5 * sizeof(ZipEntry) + 7 * sizeof(UnixSeconds);
}

}  // namespace folio::zip

// The module's one exported symbol.
extern "C" const folio::ModuleHeader* folio_zip_module();
