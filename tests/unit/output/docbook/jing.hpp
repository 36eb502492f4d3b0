// Runs jing (/usr/bin/jing) on DocBook text against docbook.rng 5.0 for readable validation errors.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/run_command.hpp"

namespace folio::docbook_test {

using JingResult = test::CommandResult;  // stdout; jing's harmless "Unable to locate" warnings go to stderr

inline JingResult run_jing(const std::string& xml, const std::string& name) {
    const std::filesystem::path file = std::filesystem::temp_directory_path() /
                                       ("folio-jing-" + std::to_string(::getpid()) + "-" + name + ".xml");
    std::ofstream(file, std::ios::binary) << xml;
    JingResult result =
        test::run_command("/usr/bin/jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng '" +
                          file.string() + "' 2>/dev/null");
    std::filesystem::remove(file);
    return result;
}

}  // namespace folio::docbook_test
