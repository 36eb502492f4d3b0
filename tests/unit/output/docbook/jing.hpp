// Runs jing (/usr/bin/jing) on DocBook text against docbook.rng 5.0 for readable validation errors.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace folio::docbook_test {

struct JingResult {
    int exit_code = -1;
    std::string output;  // stdout; jing's harmless "Unable to locate" warnings go to stderr
};

inline JingResult run_jing(const std::string& xml, const std::string& name) {
    const std::filesystem::path file = std::filesystem::temp_directory_path() /
                                       ("folio-jing-" + std::to_string(::getpid()) + "-" + name + ".xml");
    std::ofstream(file, std::ios::binary) << xml;
    const std::string command =
        "/usr/bin/jing /usr/share/xml/docbook/schema/rng/5.0/docbook.rng '" + file.string() + "' 2>/dev/null";
    JingResult result;
    if (FILE* pipe = ::popen(command.c_str(), "r")) {
        std::array<char, 4096> buffer{};
        while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe))
            result.output.append(buffer.data(), n);
        const int status = ::pclose(pipe);
        result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    }
    std::filesystem::remove(file);
    return result;
}

}  // namespace folio::docbook_test
