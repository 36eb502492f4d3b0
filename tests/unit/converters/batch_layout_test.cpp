// Batch layout: output stems below the inputs' common folder, and inputs whose outputs would collide.
#include "converters/batch_layout.hpp"

#include <gtest/gtest.h>

#include "formats/diagnostics.hpp"

namespace folio {
namespace {

std::vector<std::string> stems(const std::vector<NamedInput>& inputs) {
    std::vector<std::string> out;
    for (const BatchInput& input : lay_out_outputs(inputs, "/out", {find_format("epub")}))
        out.push_back(input.output_stem);
    return out;
}

TEST(BatchLayout, InputsFromOneFolderLandSideBySide) {
    EXPECT_EQ(stems({{"/a/x.txt", ""}, {"/a/y.json", ""}}), (std::vector<std::string>{"x", "y"}));
}

TEST(BatchLayout, InputsFromSeveralFoldersKeepTheFoldersBelowTheCommonOne) {
    EXPECT_EQ(stems({{"/a/b/x.txt", ""}, {"/a/c/d/x.txt", ""}, {"/a/y.txt", ""}}),
              (std::vector<std::string>{"b/x", "c/d/x", "y"}));
}

TEST(BatchLayout, ASearchedFolderCountsAsAWhole) {
    EXPECT_EQ(stems({{"/arch/2023/01/x.txt", "/arch"}, {"/arch/2023/02/x.txt", "/arch"}}),
              (std::vector<std::string>{"2023/01/x", "2023/02/x"}));
    EXPECT_EQ(stems({{"/arch/2023/x.txt", "/arch"}}), (std::vector<std::string>{"2023/x"}));
}

TEST(BatchLayout, RelativePathsAreMeasuredFromTheCurrentFolder) {
    EXPECT_EQ(stems({{"x.txt", ""}, {"sub/../y.txt", ""}}), (std::vector<std::string>{"x", "y"}));
}

TEST(BatchLayout, OnlyTheLastExtensionGoes) {
    EXPECT_EQ(stems({{"/a/report.2023.txt", ""}}), (std::vector<std::string>{"report.2023"}));
}

TEST(BatchLayout, TwoInputsForOneOutputFail) {
    try {
        stems({{"/a/x.txt", ""}, {"/a/x.json", ""}});
        FAIL() << "no error";
    } catch (const Error& error) {
        EXPECT_EQ(std::string(error.what()), "/a/x.txt and /a/x.json would both be written to /out/x.epub");
    }
}

TEST(BatchLayout, OutputPathAddsTheFormatsExtension) {
    const BatchInput input{"/a/b/x.txt", "b/x"};
    EXPECT_EQ(output_path("out", input, *find_format("docbook")), std::filesystem::path("out/b/x.xml"));
    EXPECT_EQ(output_path("out", input, *find_format("text")), std::filesystem::path("out/b/x.txt"));
}

}  // namespace
}  // namespace folio
