// libFuzzer entry point for one reader (FOLIO_FUZZ_FORMAT) followed by every writer.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "tests/fuzz/fuzz_pipeline.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const std::string problem = folio::fuzz::run_pipeline(FOLIO_FUZZ_FORMAT, bytes);
    if (!problem.empty()) {
        std::fprintf(stderr, "folio fuzz (%s): %s\n", FOLIO_FUZZ_FORMAT, problem.c_str());
        std::abort();
    }
    return 0;
}
