// The PDF writer as a module (folio-pdf.so) that the folio program loads when it first writes a PDF.
#pragma once

#include <cstddef>

#include "formats/collection.hpp"
#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"
#include "output/common/program_module.hpp"

namespace folio::pdf {

// The module's functions behind the header the program checks before it calls them.
struct ModuleTable {
    ModuleHeader header;
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
extern "C" const folio::ModuleHeader* folio_pdf_module();
