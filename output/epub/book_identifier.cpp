// Content-derived urn:uuid identifiers from 128 bits of FNV-1a.
#include "output/epub/book_identifier.hpp"

#include <array>
#include <cstdint>
#include <cstdio>
#include <string_view>

namespace folio {

namespace {

constexpr std::uint64_t fnv_offset_basis = 0xcbf29ce484222325ULL;
constexpr std::uint64_t fnv_prime = 0x100000001b3ULL;
constexpr std::uint64_t second_basis = fnv_offset_basis ^ 0x9e3779b97f4a7c15ULL;

class ContentHash {
public:
    void add(std::string_view field) {
        for (char c : field) mix(static_cast<unsigned char>(c));
        mix(0x1F);  // unit separator: "ab"+"c" differs from "a"+"bc"
    }

    std::array<std::uint8_t, 16> digest() const {
        std::array<std::uint8_t, 16> bytes{};
        for (int i = 0; i < 8; ++i) {
            bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(first_ >> (56 - 8 * i));
            bytes[static_cast<std::size_t>(8 + i)] = static_cast<std::uint8_t>(second_ >> (56 - 8 * i));
        }
        return bytes;
    }

private:
    void mix(unsigned char byte) {
        first_ = (first_ ^ byte) * fnv_prime;
        second_ = (second_ ^ byte) * fnv_prime;
        second_ ^= second_ >> 29;
    }

    std::uint64_t first_ = fnv_offset_basis;
    std::uint64_t second_ = second_basis;
};

std::string uuid_urn(std::array<std::uint8_t, 16> bytes) {
    bytes[6] = static_cast<std::uint8_t>((bytes[6] & 0x0F) | 0x80);  // version 8
    bytes[8] = static_cast<std::uint8_t>((bytes[8] & 0x3F) | 0x80);  // variant 10xx
    std::string out = "urn:uuid:";
    char hex[3];
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        std::snprintf(hex, sizeof hex, "%02x", bytes[i]);
        out += hex;
    }
    return out;
}

}  // namespace

bool is_uuid_urn(const std::string& identifier) {
    constexpr std::string_view prefix = "urn:uuid:";
    if (identifier.size() != prefix.size() + 36 || identifier.compare(0, prefix.size(), prefix) != 0)
        return false;
    for (std::size_t i = 0; i < 36; ++i) {
        const char c = identifier[prefix.size() + i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (dash ? c != '-' : !hex) return false;
    }
    return true;
}

std::string book_identifier(const Document& doc, Diagnostics& diag) {
    const std::string& given = doc.meta.identifier;
    if (!given.empty()) {
        const bool claims_uuid = given.rfind("urn:uuid:", 0) == 0;
        if (!claims_uuid || is_uuid_urn(given)) return given;
        diag.warn("EPUB: the identifier \"" + given +
                  "\" is not a valid urn:uuid; one is derived from the content");
    }
    ContentHash hash;
    hash.add(doc.meta.title);
    hash.add(doc.meta.subtitle);
    hash.add(doc.meta.lang);
    hash.add(doc.meta.date);
    for (const Person& person : doc.meta.authors) hash.add(person.name);
    for (const Block& block : doc.blocks) hash.add(block_plain_text(block));
    return uuid_urn(hash.digest());
}

}  // namespace folio
