// Test helpers: opening an EPUB from memory with libzip, its entries in order, parsed XML parts.
#pragma once

#include <gtest/gtest.h>

#include <zip.h>

#include <exception>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "tests/support/xml_check.hpp"

namespace folio::testing {

using ArchiveEntry = test::ZipEntry;

// The entries of a zip archive in stored order (empty, and a test failure, when libzip cannot open it).
inline std::vector<ArchiveEntry> read_archive(const std::string& archive) {
    try {
        return test::zip_entries(archive);
    } catch (const std::exception& e) {
        ADD_FAILURE() << "cannot read the EPUB: " << e.what();
        return {};
    }
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
