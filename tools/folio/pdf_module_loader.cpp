// The folio program's PDF writer: the module folio-pdf.so, loaded on the first PDF, so that the program
// starts without PoDoFo, HarfBuzz, fontconfig and FreeType (and what they load) for every other format.
#include "output/pdf/pdf_module.hpp"
#include "output/pdf/pdf_writer.hpp"
#include "tools/folio/module_loader.hpp"

namespace folio {

namespace {

const pdf::ModuleTable& module() {
    return module_table<pdf::ModuleTable>("folio-pdf.so", "folio_pdf_module", pdf::module_layout(), "PDF");
}

}  // namespace

std::string write_pdf(const Document& doc, const WriteOptions& options, Diagnostics& diagnostics) {
    return unwrap(module().write_pdf(doc, options, diagnostics));
}

std::string write_pdf_collection(const Collection& book, const WriteOptions& options,
                                 Diagnostics& diagnostics) {
    return unwrap(module().write_pdf_collection(book, options, diagnostics));
}

}  // namespace folio
