// Replays every input kept under tests/fuzz/regressions/FORMAT/ (crashes the fuzzers once found) through the
// fuzz pipeline.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/fuzz/fuzz_pipeline.hpp"
#include "tests/support/test_data.hpp"

namespace folio::fuzz {
namespace {

const std::filesystem::path regressions = std::filesystem::path(FOLIO_SOURCE_DIR) / "tests/fuzz/regressions";

std::vector<std::filesystem::path> inputs_for(const std::string& format) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(regressions / format))
        if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

class FuzzRegression : public ::testing::TestWithParam<std::string> {};

TEST_P(FuzzRegression, EveryKeptInputPassesThePipeline) {
    const std::vector<std::filesystem::path> files = inputs_for(GetParam());
    ASSERT_FALSE(files.empty()) << "no regression inputs for " << GetParam();
    for (const std::filesystem::path& file : files)
        EXPECT_EQ(run_pipeline(GetParam(), test::read_file(file)), "") << file.filename();
}

// One parameter per folder under regressions/, named like the format whose reader it feeds.
std::vector<std::string> formats_with_regressions() {
    std::vector<std::string> formats;
    for (const auto& entry : std::filesystem::directory_iterator(regressions))
        if (entry.is_directory()) formats.push_back(entry.path().filename().string());
    std::sort(formats.begin(), formats.end());
    return formats;
}

INSTANTIATE_TEST_SUITE_P(Readers, FuzzRegression, ::testing::ValuesIn(formats_with_regressions()));

}  // namespace
}  // namespace folio::fuzz
