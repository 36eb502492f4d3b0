// The zip_container folio had before it wrote archives itself (libzip): the reference for its bytes.
#pragma once

#include <string>
#include <vector>

#include "output/epub/zip_container.hpp"

namespace folio::test {

std::string libzip_container(const std::vector<ZipEntry>& entries, UnixSeconds modified);

}  // namespace folio::test
