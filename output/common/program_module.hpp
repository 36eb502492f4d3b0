// What the folio program and each of its modules (folio-pdf.so, folio-zip.so) share: the table header both
// sides check, and a result that carries the bytes or the error across, since no exception may cross.
#pragma once

#include <cstddef>
#include <exception>
#include <new>
#include <string>

namespace folio {

// The first member of every module's table: the program uses a module only when both were built from the
// same sources (the version, and a fingerprint of the sizes of the types they pass).
struct ModuleHeader {
    const char* version;
    std::size_t layout;
};

// One output as a module hands it back.
struct ModuleResult {
    std::string bytes;
    std::string error;           // the message of the folio::Error (or other exception) the writer threw
    bool out_of_memory = false;  // the writer threw std::bad_alloc
};

// Runs `write` (returning the bytes) inside a module, every exception turned into the result.
template <typename Write>
ModuleResult guarded(Write write) {
    ModuleResult result;
    try {
        result.bytes = write();
    } catch (const std::bad_alloc&) {
        result.out_of_memory = true;
    } catch (const std::exception& e) {
        result.error = e.what();
    }
    return result;
}

}  // namespace folio
