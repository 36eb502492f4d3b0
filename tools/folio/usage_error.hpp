// A mistake on the command line: reported in one line, exit status 2, nothing converted.
#pragma once

#include <stdexcept>

namespace folio::cli {

class UsageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

}  // namespace folio::cli
