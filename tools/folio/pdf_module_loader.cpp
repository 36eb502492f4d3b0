// The folio program's PDF writer: the module folio-pdf.so, loaded on the first PDF, so that the program
// starts without PoDoFo, HarfBuzz, fontconfig and FreeType (and what they load) for every other format.
// The module lies next to the program in the build tree, and at FOLIO_PDF_MODULE_INSTALLED (relative to
// the program's folder) when installed.
#include <dlfcn.h>

#include <filesystem>
#include <new>
#include <string>

#include "converters/version.hpp"
#include "formats/diagnostics.hpp"
#include "output/pdf/pdf_module.hpp"
#include "output/pdf/pdf_writer.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

constexpr const char* kModuleName = "folio-pdf.so";

// The module's table, or the reason it cannot be used; loaded once per process, never unloaded.
struct LoadedModule {
    const pdf::ModuleTable* table = nullptr;
    std::string problem;
};

LoadedModule load_module() {
    std::error_code ec;
    const fs::path program_folder = fs::read_symlink("/proc/self/exe", ec).parent_path();
    std::string tried;
    for (const fs::path& candidate :
         {program_folder / kModuleName, (program_folder / FOLIO_PDF_MODULE_INSTALLED).lexically_normal()}) {
        if (!fs::exists(candidate, ec)) {
            tried += (tried.empty() ? "" : ", ") + candidate.string();
            continue;
        }
        void* handle = ::dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) return {nullptr, "cannot load " + candidate.string() + ": " + ::dlerror()};
        auto entry = reinterpret_cast<const pdf::ModuleTable* (*)()>(::dlsym(handle, "folio_pdf_module"));
        const pdf::ModuleTable* table = entry != nullptr ? entry() : nullptr;
        if (table == nullptr || table->version != version() || table->layout != pdf::module_layout())
            return {nullptr, candidate.string() + " belongs to another build of folio"};
        return {table, {}};
    }
    return {nullptr, "the PDF writer is not installed (" + tried + " not found)"};
}

const pdf::ModuleTable& module() {
    static const LoadedModule loaded = load_module();
    if (loaded.table == nullptr) throw Error("PDF: " + loaded.problem);
    return *loaded.table;
}

std::string unwrap(pdf::ModuleResult result) {
    if (result.out_of_memory) throw std::bad_alloc();
    if (!result.error.empty()) throw Error(result.error);
    return std::move(result.bytes);
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
