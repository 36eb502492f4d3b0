// The EPUB zip container as a module (folio-zip.so): its entry point.
#include "output/epub/zip_module.hpp"

#include "converters/version.hpp"

namespace folio::zip {

namespace {

ModuleResult module_zip_container(const std::vector<ZipEntry>& entries, UnixSeconds modified) {
    return guarded([&] { return folio::zip_container(entries, modified); });
}

}  // namespace

}  // namespace folio::zip

extern "C" __attribute__((visibility("default"))) const folio::ModuleHeader* folio_zip_module() {
    static const std::string version(folio::version());
    static const folio::zip::ModuleTable table{{version.c_str(), folio::zip::module_layout()},
                                               folio::zip::module_zip_container};
    return &table.header;
}
