// Checks shared by the command-line tests: exit status and the one-line messages on standard error.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "tests/cli/folio_process.hpp"

namespace folio::test {

// Exit status 1, nothing on standard output, and one line "folio: FILE: …" containing `reason`.
inline void expect_conversion_failure(const ProcessResult& result, const std::string& file,
                                      const std::string& reason) {
    EXPECT_EQ(result.exit_code, 1) << result.err;
    EXPECT_EQ(result.out, "");
    const auto lines = lines_of(result.err);
    ASSERT_EQ(lines.size(), 1u) << result.err;
    EXPECT_EQ(lines[0].rfind("folio: " + file + ": ", 0), 0u) << lines[0];
    EXPECT_NE(lines[0].find(reason), std::string::npos) << lines[0];
}

// Exit status 2, nothing on standard output, and one line "folio: …" containing `reason`.
inline void expect_usage_error(const ProcessResult& result, const std::string& reason) {
    EXPECT_EQ(result.exit_code, 2) << result.err;
    EXPECT_EQ(result.out, "");
    const auto lines = lines_of(result.err);
    ASSERT_EQ(lines.size(), 1u) << result.err;
    EXPECT_EQ(lines[0].rfind("folio: ", 0), 0u) << lines[0];
    EXPECT_NE(lines[0].find(reason), std::string::npos) << lines[0];
}

}  // namespace folio::test
