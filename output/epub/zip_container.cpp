// In-memory zip archive via libzip, then the DOS timestamps set to one fixed UTC value.
#include "output/epub/zip_container.hpp"

#include <memory>

#include <zip.h>

#include "formats/diagnostics.hpp"

namespace folio {

namespace {

constexpr std::uint32_t local_header_signature = 0x04034b50;
constexpr std::uint32_t central_header_signature = 0x02014b50;
constexpr std::uint32_t end_of_directory_signature = 0x06054b50;
constexpr std::size_t end_of_directory_size = 22;

std::uint32_t read_le(const std::string& bytes, std::size_t at, int width) {
    if (at + static_cast<std::size_t>(width) > bytes.size())
        throw Error("EPUB: libzip wrote a truncated archive");
    std::uint32_t value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
    return value;
}

void write_le16(std::string& bytes, std::size_t at, std::uint16_t value) {
    bytes[at] = static_cast<char>(value & 0xFF);
    bytes[at + 1] = static_cast<char>(value >> 8);
}

void set_date_time(std::string& bytes, std::size_t at, DosDateTime when) {
    write_le16(bytes, at, when.time);
    write_le16(bytes, at + 2, when.date);
}

// Walks the central directory (the archive has no comment, so its end record closes the file)
// and dates every entry in both its central and its local header.
void set_all_dates(std::string& archive, DosDateTime when) {
    if (archive.size() < end_of_directory_size) throw Error("EPUB: libzip wrote a truncated archive");
    const std::size_t end = archive.size() - end_of_directory_size;
    if (read_le(archive, end, 4) != end_of_directory_signature)
        throw Error("EPUB: unexpected zip layout (no end of central directory record)");
    const std::uint32_t count = read_le(archive, end + 10, 2);
    std::size_t at = read_le(archive, end + 16, 4);
    for (std::uint32_t i = 0; i < count; ++i) {
        if (read_le(archive, at, 4) != central_header_signature)
            throw Error("EPUB: unexpected zip layout (central directory entry)");
        set_date_time(archive, at + 12, when);
        const std::size_t local = read_le(archive, at + 42, 4);
        if (read_le(archive, local, 4) != local_header_signature)
            throw Error("EPUB: unexpected zip layout (local file header)");
        set_date_time(archive, local + 10, when);
        at += 46 + read_le(archive, at + 28, 2) + read_le(archive, at + 30, 2) + read_le(archive, at + 32, 2);
    }
}

struct SourceCloser {
    void operator()(zip_source_t* source) const { zip_source_free(source); }
};
using SourcePtr = std::unique_ptr<zip_source_t, SourceCloser>;

[[noreturn]] void fail(const char* what, zip_error_t* error) {
    const std::string message = std::string("EPUB: ") + what + ": " + zip_error_strerror(error);
    zip_error_fini(error);
    throw Error(message);
}

void add_entry(zip_t* archive, const ZipEntry& entry, time_t modified) {
    zip_source_t* source = zip_source_buffer(archive, entry.bytes.data(), entry.bytes.size(), 0);
    if (source == nullptr) throw Error("EPUB: cannot add " + entry.name + ": " + zip_strerror(archive));
    const zip_int64_t index =
        zip_file_add(archive, entry.name.c_str(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        throw Error("EPUB: cannot add " + entry.name + ": " + zip_strerror(archive));
    }
    const auto at = static_cast<zip_uint64_t>(index);
    // Setting up a deflate stream costs more than deflating a small file saves.
    constexpr std::size_t kSmallestWorthDeflating = 1024;
    const bool deflate = entry.compress && entry.bytes.size() >= kSmallestWorthDeflating;
    if (zip_set_file_compression(archive, at, deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE, deflate ? 6 : 0) !=
            0 ||
        zip_file_set_mtime(archive, at, modified, 0) != 0)
        throw Error("EPUB: cannot set up " + entry.name + ": " + zip_strerror(archive));
}

std::string read_all(zip_source_t* source) {
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(source, &stat) != 0 || zip_source_open(source) != 0)
        throw Error("EPUB: cannot read the archive back from memory");
    std::string bytes(static_cast<std::size_t>(stat.size), '\0');
    const zip_int64_t read = zip_source_read(source, bytes.data(), stat.size);
    zip_source_close(source);
    if (read < 0 || static_cast<zip_uint64_t>(read) != stat.size)
        throw Error("EPUB: short read of the archive");
    return bytes;
}

}  // namespace

std::string zip_container(const std::vector<ZipEntry>& entries, UnixSeconds modified) {
    zip_error_t error;
    zip_error_init(&error);
    SourcePtr memory(zip_source_buffer_create(nullptr, 0, 0, &error));
    if (!memory) fail("cannot create an in-memory archive", &error);
    zip_t* archive = zip_open_from_source(memory.get(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (archive == nullptr) fail("cannot open the in-memory archive", &error);
    zip_source_keep(memory.get());  // the archive's close must leave the bytes to us
    zip_error_fini(&error);

    try {
        for (const ZipEntry& entry : entries) add_entry(archive, entry, static_cast<time_t>(modified));
    } catch (...) {
        zip_discard(archive);
        throw;
    }
    if (zip_close(archive) != 0) {
        const std::string message = std::string("EPUB: cannot write the archive: ") + zip_strerror(archive);
        zip_discard(archive);
        throw Error(message);
    }
    std::string bytes = read_all(memory.get());
    set_all_dates(bytes, dos_date_time(modified));
    return bytes;
}

}  // namespace folio
