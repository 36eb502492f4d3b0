// The PDF writer as a module (folio-pdf.so): its entry point, the writers behind a table of functions.
#include "output/pdf/pdf_module.hpp"

#include "converters/version.hpp"
#include "output/pdf/pdf_writer.hpp"

namespace folio::pdf {

namespace {

ModuleResult module_write_pdf(const Document& doc, const WriteOptions& options, Diagnostics& diagnostics) {
    return guarded([&] { return write_pdf(doc, options, diagnostics); });
}

ModuleResult module_write_pdf_collection(const Collection& book, const WriteOptions& options,
                                         Diagnostics& diagnostics) {
    return guarded([&] { return write_pdf_collection(book, options, diagnostics); });
}

}  // namespace

}  // namespace folio::pdf

extern "C" __attribute__((visibility("default"))) const folio::ModuleHeader* folio_pdf_module() {
    static const std::string version(folio::version());
    static const folio::pdf::ModuleTable table{{version.c_str(), folio::pdf::module_layout()},
                                               folio::pdf::module_write_pdf,
                                               folio::pdf::module_write_pdf_collection};
    return &table.header;
}
