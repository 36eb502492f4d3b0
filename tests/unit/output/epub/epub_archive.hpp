// Test helpers: opening an EPUB from memory with libzip, its entries in order, parsed XML parts.
#pragma once

#include <gtest/gtest.h>

#include <zip.h>

#include <string>
#include <vector>

#include <pugixml.hpp>

namespace folio::testing {

struct ArchiveEntry {
    std::string name;
    std::string bytes;
    zip_uint16_t method = 0;  // ZIP_CM_STORE or ZIP_CM_DEFLATE
};

// The entries of a zip archive in stored order (empty when libzip cannot open it).
inline std::vector<ArchiveEntry> read_archive(const std::string& archive) {
    std::vector<ArchiveEntry> entries;
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
    zip_t* zip = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    if (zip == nullptr) {
        if (source) zip_source_free(source);
        ADD_FAILURE() << "libzip cannot open the EPUB: " << zip_error_strerror(&error);
        zip_error_fini(&error);
        return entries;
    }
    zip_error_fini(&error);
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &stat);
        ArchiveEntry entry{stat.name, std::string(stat.size, '\0'), stat.comp_method};
        zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
        EXPECT_EQ(zip_fread(file, entry.bytes.data(), stat.size), static_cast<zip_int64_t>(stat.size));
        zip_fclose(file);
        entries.push_back(std::move(entry));
    }
    zip_close(zip);
    return entries;
}

inline const ArchiveEntry* find_entry(const std::vector<ArchiveEntry>& entries, const std::string& name) {
    for (const ArchiveEntry& entry : entries)
        if (entry.name == name) return &entry;
    return nullptr;
}

// Parses one entry as XML; an empty document (and a test failure) when it is missing or broken.
inline void parse_entry(pugi::xml_document& tree, const std::vector<ArchiveEntry>& entries,
                        const std::string& name) {
    const ArchiveEntry* entry = find_entry(entries, name);
    ASSERT_NE(entry, nullptr) << name;
    const pugi::xml_parse_result result = tree.load_buffer(entry->bytes.data(), entry->bytes.size());
    ASSERT_TRUE(result) << name << ": " << result.description();
}

}  // namespace folio::testing
