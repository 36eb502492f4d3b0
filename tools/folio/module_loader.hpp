// Loading one of the program's modules (folio-pdf.so, folio-zip.so) when it is first needed: next to the
// program in the build tree, or in FOLIO_MODULE_FOLDER_INSTALLED (relative to the program's folder) when
// installed.
#pragma once

#include <cstddef>
#include <string>

#include "formats/diagnostics.hpp"
#include "output/common/program_module.hpp"

namespace folio {

// The module's table, or the reason it cannot be used.
struct LoadedModule {
    const ModuleHeader* table = nullptr;
    std::string problem;
};

// Loads `file` (never unloaded) and asks its entry point `entry` for its table's header, checked against
// this program's version and the `layout` both sides pass. The header is the table's first member.
LoadedModule load_module(const char* file, const char* entry, std::size_t layout);

// The table of type Table that the module `file` exports through `entry`, loaded on the first call (once per
// process and Table); throws folio::Error, "WHAT: " and the reason, when the module cannot be used.
template <typename Table>
const Table& module_table(const char* file, const char* entry, std::size_t layout, const char* what) {
    static const LoadedModule loaded = load_module(file, entry, layout);
    if (loaded.table == nullptr) throw Error(std::string(what) + ": " + loaded.problem);
    return *reinterpret_cast<const Table*>(loaded.table);  // the header is the table's first member
}

// The bytes of a module's result, or its error thrown again as folio::Error (std::bad_alloc when it ran
// out of memory).
std::string unwrap(ModuleResult result);

}  // namespace folio
