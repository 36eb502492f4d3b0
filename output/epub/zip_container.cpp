// In-memory zip archive: local headers and data, then the central directory, as libzip 1.7 lays them out.
#include "output/epub/zip_container.hpp"

#include <zlib.h>

#include <cstdint>
#include <limits>

#include "formats/diagnostics.hpp"

namespace folio {

namespace {

constexpr std::uint32_t kLocalHeaderSignature = 0x04034b50;
constexpr std::uint32_t kCentralHeaderSignature = 0x02014b50;
constexpr std::uint32_t kEndOfDirectorySignature = 0x06054b50;
constexpr std::uint16_t kMadeBy = 63 | (3 << 8);               // zip specification 6.3, Unix
constexpr std::uint32_t kExternalAttributes = 0100666u << 16;  // a regular file, rw-rw-rw-
constexpr std::uint16_t kUtf8NameFlag = 1 << 11;
constexpr std::uint16_t kStored = 0;
constexpr std::uint16_t kDeflated = 8;
constexpr int kDeflateLevel = 6;
constexpr std::size_t kSmallestWorthDeflating = 1024;  // setting up deflate costs more than it saves
constexpr std::uint64_t kMaxClassic = std::numeric_limits<std::uint32_t>::max();

void put16(std::string& out, std::uint16_t value) {
    out += static_cast<char>(value & 0xFF);
    out += static_cast<char>(value >> 8);
}

void put32(std::string& out, std::uint32_t value) {
    put16(out, static_cast<std::uint16_t>(value & 0xFFFF));
    put16(out, static_cast<std::uint16_t>(value >> 16));
}

// libzip's guess for a name given as UTF-8: flagged as UTF-8 when it holds anything but printable ASCII.
bool needs_utf8_flag(const std::string& name) {
    for (const char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if ((u <= 31 || u >= 128) && c != '\r' && c != '\n' && c != '\t') return true;
    }
    return false;
}

// Raw deflate (no zlib header) of all of `bytes`, as libzip's deflate source makes it.
std::string deflated(const std::string& bytes) {
    z_stream stream{};
    if (deflateInit2(&stream, kDeflateLevel, Z_DEFLATED, -MAX_WBITS, MAX_MEM_LEVEL, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        throw Error("EPUB: cannot set up deflate");
    std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())), '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END) throw Error("EPUB: deflate failed");
    return out;
}

struct Header {
    std::uint16_t version_needed;
    std::uint16_t flags;
    std::uint16_t method;
    std::uint32_t crc;
    std::uint32_t compressed_size;
    std::uint32_t size;
    std::uint32_t offset;
};

// The fields local and central headers share, from "version needed" to the extra field's length.
void put_common(std::string& out, const Header& header, const std::string& name, DosDateTime when) {
    put16(out, header.version_needed);
    put16(out, header.flags);
    put16(out, header.method);
    put16(out, when.time);
    put16(out, when.date);
    put32(out, header.crc);
    put32(out, header.compressed_size);
    put32(out, header.size);
    put16(out, static_cast<std::uint16_t>(name.size()));
    put16(out, 0);  // no extra field
}

}  // namespace

std::string zip_container(const std::vector<ZipEntry>& entries, UnixSeconds modified) {
    const DosDateTime when = dos_date_time(modified);
    std::string archive;
    std::vector<Header> headers;
    headers.reserve(entries.size());
    for (const ZipEntry& entry : entries) {
        if (entry.bytes.size() >= kMaxClassic || entry.name.size() > 0xFFFF || archive.size() >= kMaxClassic)
            throw Error("EPUB: " + entry.name + " is too large for a zip archive");
        const bool deflate = entry.compress && entry.bytes.size() >= kSmallestWorthDeflating;
        const std::string compressed = deflate ? deflated(entry.bytes) : std::string();
        const std::string& data = deflate ? compressed : entry.bytes;
        const bool directory = !entry.name.empty() && entry.name.back() == '/';
        const Header header{static_cast<std::uint16_t>(deflate || directory ? 20 : 10),
                            static_cast<std::uint16_t>(needs_utf8_flag(entry.name) ? kUtf8NameFlag : 0),
                            deflate ? kDeflated : kStored,
                            static_cast<std::uint32_t>(crc32(
                                crc32(0, nullptr, 0), reinterpret_cast<const Bytef*>(entry.bytes.data()),
                                static_cast<uInt>(entry.bytes.size()))),
                            static_cast<std::uint32_t>(data.size()),
                            static_cast<std::uint32_t>(entry.bytes.size()),
                            static_cast<std::uint32_t>(archive.size())};
        put32(archive, kLocalHeaderSignature);
        put_common(archive, header, entry.name, when);
        archive += entry.name;
        archive += data;
        headers.push_back(header);
    }
    const std::size_t directory_start = archive.size();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        put32(archive, kCentralHeaderSignature);
        put16(archive, kMadeBy);
        put_common(archive, headers[i], entries[i].name, when);
        put16(archive, 0);  // comment length
        put16(archive, 0);  // disk number
        put16(archive, 0);  // internal attributes
        put32(archive, kExternalAttributes);
        put32(archive, headers[i].offset);
        archive += entries[i].name;
    }
    if (archive.size() >= kMaxClassic || entries.size() >= 0xFFFF)
        throw Error("EPUB: too large for a zip archive");
    const std::size_t directory_size = archive.size() - directory_start;
    put32(archive, kEndOfDirectorySignature);
    put32(archive, 0);  // this disk, the disk the directory starts on
    put16(archive, static_cast<std::uint16_t>(entries.size()));
    put16(archive, static_cast<std::uint16_t>(entries.size()));
    put32(archive, static_cast<std::uint32_t>(directory_size));
    put32(archive, static_cast<std::uint32_t>(directory_start));
    put16(archive, 0);  // no comment
    return archive;
}

}  // namespace folio
