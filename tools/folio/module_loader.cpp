// Loading one of the program's modules when it is first needed, and unwrapping what it hands back.
#include "tools/folio/module_loader.hpp"

#include <dlfcn.h>

#include <filesystem>
#include <new>

#include "converters/version.hpp"
#include "formats/diagnostics.hpp"

namespace folio {

namespace fs = std::filesystem;

LoadedModule load_module(const char* file, const char* entry, std::size_t layout) {
    std::error_code ec;
    const fs::path program_folder = fs::read_symlink("/proc/self/exe", ec).parent_path();
    std::string tried;
    for (const fs::path& candidate :
         {program_folder / file,
          (program_folder / FOLIO_MODULE_FOLDER_INSTALLED / file).lexically_normal()}) {
        if (!fs::exists(candidate, ec)) {
            tried += (tried.empty() ? "" : ", ") + candidate.string();
            continue;
        }
        void* handle = ::dlopen(candidate.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (handle == nullptr) return {nullptr, "cannot load " + candidate.string() + ": " + ::dlerror()};
        auto entry_point = reinterpret_cast<const ModuleHeader* (*)()>(::dlsym(handle, entry));
        const ModuleHeader* table = entry_point != nullptr ? entry_point() : nullptr;
        if (table == nullptr || table->version != version() || table->layout != layout)
            return {nullptr, candidate.string() + " belongs to another build of folio"};
        return {table, {}};
    }
    return {nullptr, std::string(file) + " is not installed (" + tried + " not found)"};
}

std::string unwrap(ModuleResult result) {
    if (result.out_of_memory) throw std::bad_alloc();
    if (!result.error.empty()) throw Error(result.error);
    return std::move(result.bytes);
}

}  // namespace folio
