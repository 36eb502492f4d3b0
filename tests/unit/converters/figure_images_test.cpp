// Loading figure images for a page: from the page's folder or a resource folder only, never over the
// network, never through "../" or a symbolic link leading out; a missing image keeps caption and credit.
#include <gtest/gtest.h>

#include <filesystem>

#include "converters/figure_images.hpp"
#include "formats/base64.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio {
namespace {

namespace fs = std::filesystem;

const std::string kJpeg = std::string("\xFF\xD8\xFF\xE0", 4) + "jpeg bytes";

Document page_with_figure(const std::string& src) {
    Document doc;
    Figure figure;
    figure.src = src;
    figure.caption = plain("The quay at night");
    figure.credit = "Foto: Jo Ng";
    doc.blocks.push_back(figure);
    return doc;
}

class FigureImages : public ::testing::Test {
protected:
    void SetUp() override {
        fs::create_directories(dir_.path() / "site" / "images");
        fs::create_directories(dir_.path() / "elsewhere");
        test::write_file(dir_.path() / "site" / "images" / "quay.jpg", kJpeg);
        test::write_file(dir_.path() / "site" / "images" / "two words.jpg", kJpeg);
        test::write_file(dir_.path() / "site" / "notes.txt", "not an image");
        test::write_file(dir_.path() / "elsewhere" / "secret.jpg", kJpeg);
        page_ = (dir_.path() / "site" / "page.html").string();
    }

    const Figure& load(const std::string& src, std::vector<std::string> resource_paths = {}) {
        doc_ = page_with_figure(src);
        load_figure_images(doc_, {page_, std::move(resource_paths)}, diag_);
        return std::get<Figure>(doc_.blocks[0]);
    }

    test::TempDir dir_;
    std::string page_;
    Document doc_;
    Diagnostics diag_;
};

TEST_F(FigureImages, RelativePathBesideThePageIsLoaded) {
    const Figure& figure = load("images/quay.jpg");
    EXPECT_EQ(figure.media_type, "image/jpeg");
    EXPECT_EQ(std::string(figure.image.begin(), figure.image.end()), kJpeg);
    EXPECT_TRUE(diag_.warnings.empty());
}

TEST_F(FigureImages, DotSlashQueryAndPercentEncodingAreUnderstood) {
    EXPECT_FALSE(load("./images/quay.jpg?v=3#top").image.empty());
    EXPECT_FALSE(load("images/two%20words.jpg").image.empty());
    EXPECT_FALSE(load("file://" + (dir_.path() / "site" / "images" / "quay.jpg").string()).image.empty());
}

TEST_F(FigureImages, MissingImageWarnsAndKeepsCaptionAndCredit) {
    const Figure& figure = load("images/gone.jpg");
    EXPECT_TRUE(figure.image.empty());
    EXPECT_EQ(to_plain_text(figure.caption), "The quay at night");
    EXPECT_EQ(figure.credit, "Foto: Jo Ng");
    ASSERT_EQ(diag_.warnings.size(), 1u);
    EXPECT_NE(diag_.warnings[0].find("images/gone.jpg"), std::string::npos);
}

TEST_F(FigureImages, NothingOutsideThePageFolderIsRead) {
    EXPECT_TRUE(load("../elsewhere/secret.jpg").image.empty());
    EXPECT_TRUE(load((dir_.path() / "elsewhere" / "secret.jpg").string()).image.empty());
    EXPECT_TRUE(load("/etc/passwd").image.empty());
    fs::create_symlink(dir_.path() / "elsewhere", dir_.path() / "site" / "images" / "link");
    EXPECT_TRUE(load("images/link/secret.jpg").image.empty());
    EXPECT_EQ(diag_.warnings.size(), 4u);
    EXPECT_NE(diag_.warnings[0].find("--resource-path"), std::string::npos);
}

TEST_F(FigureImages, ResourcePathAllowsAnotherFolder) {
    const std::string elsewhere = (dir_.path() / "elsewhere").string();
    EXPECT_FALSE(load("../elsewhere/secret.jpg", {elsewhere}).image.empty());
    EXPECT_FALSE(load("secret.jpg", {elsewhere}).image.empty());
    EXPECT_TRUE(diag_.warnings.empty());
}

TEST_F(FigureImages, RemoteAndNonImageSourcesAreRefused) {
    EXPECT_TRUE(load("https://example.org/quay.jpg").image.empty());
    EXPECT_TRUE(load("//cdn.example.org/quay.jpg").image.empty());
    EXPECT_TRUE(load("notes.txt").image.empty());
    ASSERT_EQ(diag_.warnings.size(), 3u);
    EXPECT_NE(diag_.warnings[0].find("network"), std::string::npos);
}

TEST_F(FigureImages, StandardInputHasNoFolderOfItsOwn) {
    doc_ = page_with_figure("images/quay.jpg");
    load_figure_images(doc_, {"-", {}}, diag_);
    EXPECT_TRUE(std::get<Figure>(doc_.blocks[0]).image.empty());
    load_figure_images(doc_, {"-", {(dir_.path() / "site").string()}}, diag_);
    EXPECT_FALSE(std::get<Figure>(doc_.blocks[0]).image.empty());
}

TEST_F(FigureImages, ImagesOverTheLimitsAreRefusedBeforeDecoding) {
    // A PNG header declaring 100000 × 100000 pixels, far over the 100 million pixel default.
    const std::string huge_png =
        std::string("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\x01\x86\xa0\0\x01\x86\xa0\x08\x02\0\0\0", 29);
    test::write_file(dir_.path() / "site" / "images" / "huge.png", huge_png);
    const Figure& figure = load("images/huge.png");
    EXPECT_TRUE(figure.image.empty());
    ASSERT_EQ(diag_.warnings.size(), 1u);
    EXPECT_NE(diag_.warnings[0].find("pixels"), std::string::npos) << diag_.warnings[0];

    doc_ = page_with_figure("images/quay.jpg");
    Limits small;
    small.image_bytes = 4;
    load_figure_images(doc_, {page_, {}, small}, diag_);
    EXPECT_TRUE(std::get<Figure>(doc_.blocks[0]).image.empty());
    EXPECT_NE(diag_.warnings.back().find("limit"), std::string::npos) << diag_.warnings.back();
}

TEST_F(FigureImages, FiguresShowingOneFileShareOneCopyOfItsBytes) {
    doc_ = Document{};
    for (int i = 0; i < 25; ++i) doc_.blocks.push_back(page_with_figure("images/quay.jpg").blocks[0]);
    doc_.blocks.push_back(page_with_figure("images/two%20words.jpg").blocks[0]);
    Limits budget;
    budget.document_image_bytes = 2 * kJpeg.size();  // each file counts once
    load_figure_images(doc_, {page_, {}, budget}, diag_);
    EXPECT_TRUE(diag_.warnings.empty());
    const SharedBytes& first = std::get<Figure>(doc_.blocks[0]).image;
    ASSERT_FALSE(first.empty());
    for (std::size_t i = 1; i < 25; ++i) {
        EXPECT_TRUE(std::get<Figure>(doc_.blocks[i]).image.shares_buffer_with(first)) << i;
        EXPECT_EQ(std::get<Figure>(doc_.blocks[i]).media_type, "image/jpeg");
    }
    const SharedBytes& other = std::get<Figure>(doc_.blocks[25]).image;
    EXPECT_FALSE(other.shares_buffer_with(first)) << "another file, even with the same bytes";
    EXPECT_EQ(other, first);
    const Document copy = doc_;  // copies of the document share the bytes too
    EXPECT_TRUE(std::get<Figure>(copy.blocks[3]).image.shares_buffer_with(first));
}

TEST_F(FigureImages, AllFiguresOfADocumentShareOneImageBudget) {
    doc_ = Document{};
    for (int i = 0; i < 5; ++i) doc_.blocks.push_back(page_with_figure("images/quay.jpg").blocks[0]);
    Limits budget;
    budget.document_image_bytes = 3 * kJpeg.size();
    load_figure_images(doc_, {page_, {}, budget, false, true},
                       diag_);  // an output copying every figure's image
    std::size_t loaded = 0;
    for (const Block& block : doc_.blocks) loaded += !std::get<Figure>(block).image.empty();
    EXPECT_EQ(loaded, 3u);  // the one file, read once, shown by three figures before the budget ran out
    ASSERT_EQ(diag_.warnings.size(), 2u);
    EXPECT_NE(diag_.warnings[0].find("budget of " + std::to_string(3 * kJpeg.size()) + " bytes"),
              std::string::npos)
        << diag_.warnings[0];
}

TEST_F(FigureImages, OutputsWithoutImageBytesGetOnlyTheMediaType) {
    doc_ = page_with_figure("images/quay.jpg");
    load_figure_images(doc_, {page_, {}, Limits{}, true}, diag_);
    const Figure& figure = std::get<Figure>(doc_.blocks[0]);
    EXPECT_EQ(figure.media_type, "image/jpeg");
    EXPECT_TRUE(figure.image.empty());
    EXPECT_TRUE(diag_.warnings.empty());
    doc_ = page_with_figure("images/quay.jpg");
    doc_.blocks.push_back(page_with_figure("images/quay.jpg").blocks[0]);  // two figures, one file
    load_figure_images(doc_, {page_, {}, Limits{}, true}, diag_);
    EXPECT_EQ(std::get<Figure>(doc_.blocks[0]).media_type, "image/jpeg");
    EXPECT_EQ(std::get<Figure>(doc_.blocks[1]).media_type, "image/jpeg");
    EXPECT_TRUE(diag_.warnings.empty());
    doc_ = page_with_figure("images/missing.jpg");
    load_figure_images(doc_, {page_, {}, Limits{}, true}, diag_);
    ASSERT_EQ(diag_.warnings.size(), 1u);
    EXPECT_NE(diag_.warnings[0].find("images/missing.jpg"), std::string::npos);
}

TEST_F(FigureImages, ImageInADataUriIsDecodedWithoutAnyFolder) {
    const std::string uri =
        "data:image/jpeg;base64," + base64_encode(std::vector<std::uint8_t>(kJpeg.begin(), kJpeg.end()));
    doc_ = page_with_figure(uri);
    load_figure_images(doc_, {"-", {}}, diag_);
    const Figure& figure = std::get<Figure>(doc_.blocks[0]);
    EXPECT_EQ(figure.media_type, "image/jpeg");
    EXPECT_EQ(std::string(figure.image.begin(), figure.image.end()), kJpeg);
    EXPECT_EQ(figure.src, uri) << "the source stays, so JSON and DocBook keep the image";
    EXPECT_TRUE(diag_.warnings.empty());
    EXPECT_EQ(load("DATA:image/jpeg,%FF%D8%FF%E0jpeg%20bytes").media_type, "image/jpeg");
}

TEST_F(FigureImages, BrokenOrOversizedDataUrisAreRefusedWithAShortMessage) {
    const std::string broken = "data:image/png;base64," + std::string(5000, 'A') + "!";
    EXPECT_TRUE(load(broken).image.empty());
    ASSERT_EQ(diag_.warnings.size(), 1u);
    EXPECT_NE(diag_.warnings[0].find("not a valid data: URI"), std::string::npos) << diag_.warnings[0];
    EXPECT_NE(diag_.warnings[0].find("(5023 characters)"), std::string::npos) << diag_.warnings[0];
    EXPECT_LT(diag_.warnings[0].size(), 200u);

    EXPECT_TRUE(load("data:text/plain,hello").image.empty());
    EXPECT_NE(diag_.warnings.back().find("not a JPEG"), std::string::npos) << diag_.warnings.back();

    doc_ = page_with_figure("data:image/jpeg;base64," + std::string(4000, 'A'));
    Limits small;
    small.image_bytes = 1000;
    load_figure_images(doc_, {page_, {}, small}, diag_);
    EXPECT_TRUE(std::get<Figure>(doc_.blocks[0]).image.empty());
    EXPECT_NE(diag_.warnings.back().find("limit"), std::string::npos) << diag_.warnings.back();
}

}  // namespace
}  // namespace folio
