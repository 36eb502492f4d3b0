// The PDF writer as a module (folio-pdf.so) that the folio program loads when it first writes a PDF.
#pragma once

#include <cstddef>
#include <string>

#include "formats/collection.hpp"
#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio::pdf {

// One PDF as the module hands it back: no exception crosses between the module and the program.
struct ModuleResult {
    std::string bytes;
    std::string error;           // the message of the folio::Error (or other exception) the writer threw
    bool out_of_memory = false;  // the writer threw std::bad_alloc
};

// The module's functions, and what the program checks before it calls them: both sides were built from
// the same sources (the version, and the sizes of the types they pass).
struct ModuleTable {
    const char* version;
    std::size_t layout;
    ModuleResult (*write_pdf)(const Document& doc, const WriteOptions& options, Diagnostics& diagnostics);
    ModuleResult (*write_pdf_collection)(const Collection& book, const WriteOptions& options,
                                         Diagnostics& diagnostics);
};

// A fingerprint of the layout of the types the program and the module pass each other.
constexpr std::size_t module_layout() {
    return sizeof(ModuleTable) + 3 * sizeof(ModuleResult) + 5 * sizeof(Document) + 7 * sizeof(Collection) +
           11 * sizeof(WriteOptions) + 13 * sizeof(Diagnostics) + 17 * sizeof(Meta) + 19 * sizeof(Block);
}

}  // namespace folio::pdf

// The module's one exported symbol.
extern "C" const folio::pdf::ModuleTable* folio_pdf_module();
