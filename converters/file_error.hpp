// A conversion error tied to one file: the reason, plus the name of the file the message should name.
#pragma once

#include <string>
#include <utility>

#include "formats/diagnostics.hpp"

namespace folio {

class FileError : public Error {
public:
    FileError(std::string file, const std::string& reason) : Error(reason), file_(std::move(file)) {}

    // The file as the user named it ("<stdin>" / "<stdout>" for "-").
    const std::string& file() const noexcept { return file_; }

private:
    std::string file_;
};

}  // namespace folio
