// Tests for zip_container: byte for byte what libzip wrote before (stored and deflated entries of every size,
// ASCII and UTF-8 names, dates across the DOS range), and readable by libzip.
#include <gtest/gtest.h>
#include <zip.h>

#include <random>
#include <string>
#include <vector>

#include "output/epub/zip_container.hpp"
#include "tests/unit/output/epub/libzip_reference.hpp"

namespace folio {
namespace {

std::string random_bytes(std::mt19937& random, std::size_t size, int alphabet) {
    std::string bytes(size, '\0');
    for (char& c : bytes)
        c = static_cast<char>('a' + static_cast<int>(random() % static_cast<unsigned>(alphabet)));
    return bytes;
}

void expect_same_as_libzip(const std::vector<ZipEntry>& entries, UnixSeconds modified) {
    EXPECT_EQ(zip_container(entries, modified), test::libzip_container(entries, modified));
}

TEST(ZipContainer, SameBytesAsLibzipForAnEpubLikeArchive) {
    std::string chapter;
    for (int i = 0; i < 300; ++i)
        chapter += "<p>Absatz " + std::to_string(i) + " mit Umlauten äöü und Text.</p>\n";
    expect_same_as_libzip({{"mimetype", "application/epub+zip", false},
                           {"META-INF/container.xml", "<?xml version=\"1.0\"?><container/>", true},
                           {"EPUB/chapter.xhtml", chapter, true},
                           {"EPUB/images/photo.jpg", std::string(5000, '\xff'), false},
                           {"EPUB/empty.css", "", true}},
                          1694476800);
}

TEST(ZipContainer, SameBytesAsLibzipForEverySizeAndKind) {
    std::mt19937 random(7);
    for (const std::size_t size :
         {0, 1, 1023, 1024, 1025, 4000, 8191, 8192, 8193, 20000, 65536, 70001, 300000}) {
        for (const int alphabet : {1, 4, 256}) {  // runs, text-like, incompressible
            const std::string bytes = random_bytes(random, size, alphabet);
            expect_same_as_libzip({{"a.bin", bytes, true}, {"b.bin", bytes, false}}, 1700000000);
            if (::testing::Test::HasFailure()) return;
        }
    }
}

TEST(ZipContainer, SameBytesAsLibzipForNamesAndDates) {
    const std::vector<ZipEntry> entries = {{"EPUB/Bilder/Grüße.jpg", "x", true},
                                           {"EPUB/\xe5\x9b\xbe.png", "y", false},
                                           {"tab\tname", "z", true},
                                           {"dir/", "", false}};
    for (const UnixSeconds when : {UnixSeconds{0}, UnixSeconds{315532800}, UnixSeconds{1694476800},
                                   UnixSeconds{4354819199}, UnixSeconds{9999999999}})
        expect_same_as_libzip(entries, when);
}

TEST(ZipContainer, LibzipReadsItBack) {
    const std::string text(5000, 'q');
    const std::string archive =
        zip_container({{"mimetype", "application/epub+zip", false}, {"t.txt", text, true}}, 0);
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
    zip_t* zip = zip_open_from_source(source, ZIP_CHECKCONS | ZIP_RDONLY, &error);
    ASSERT_NE(zip, nullptr) << zip_error_strerror(&error);
    zip_file_t* file = zip_fopen(zip, "t.txt", 0);
    ASSERT_NE(file, nullptr);
    std::string read(text.size(), '\0');
    EXPECT_EQ(zip_fread(file, read.data(), read.size()), static_cast<zip_int64_t>(text.size()));
    EXPECT_EQ(read, text);
    zip_fclose(file);
    zip_close(zip);
    zip_error_fini(&error);
}

}  // namespace
}  // namespace folio
