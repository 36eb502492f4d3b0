// Options handed to readers and writers by the converter.
#pragma once

#include <string>

namespace folio {

struct ReadOptions {
    std::string source_name;  // the input's file name, for messages; "-" for stdin
};

struct WriteOptions {
    int columns = 72;  // line width of the plain-text writer
};

}  // namespace folio
