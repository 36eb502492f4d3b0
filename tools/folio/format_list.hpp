// The table --list-formats prints: name, read/write support, extensions, description.
#pragma once

#include <string>

namespace folio::cli {

// One header line, then one line per format of the format table, columns aligned.
std::string format_list();

}  // namespace folio::cli
