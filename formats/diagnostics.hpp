// Errors and warnings that readers and writers report to their caller.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace folio {

// A conversion that cannot go on. The message is the reason only; the caller adds the file name.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Things a reader or writer noticed but could work around (nothing is dropped silently).
struct Diagnostics {
    std::vector<std::string> warnings;
    void warn(std::string message) { warnings.push_back(std::move(message)); }
};

}  // namespace folio
