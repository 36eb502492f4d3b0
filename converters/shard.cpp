// Splitting a batch over machines: shard K of N holds a fixed share of the inputs, the same on every machine.
#include "converters/shard.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <string>

#include "formats/diagnostics.hpp"

namespace folio {

namespace {

bool parse_number(std::string_view text, unsigned& value) {
    if (text.empty()) return false;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size();
}

// FNV-1a, then a final mix (from SplitMix64) so that nearby stems spread over all shards.
std::uint64_t stable_hash(std::string_view text) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    hash ^= hash >> 30;
    hash *= 0xbf58476d1ce4e5b9ULL;
    hash ^= hash >> 27;
    hash *= 0x94d049bb133111ebULL;
    hash ^= hash >> 31;
    return hash;
}

}  // namespace

Shard parse_shard(std::string_view text) {
    const auto slash = text.find('/');
    Shard shard;
    if (slash == std::string_view::npos || !parse_number(text.substr(0, slash), shard.index) ||
        !parse_number(text.substr(slash + 1), shard.count))
        throw Error("expected K/N such as 1/4, got '" + std::string(text) + "'");
    if (shard.count == 0 || shard.index == 0 || shard.index > shard.count)
        throw Error("K/N needs 1 <= K <= N, got '" + std::string(text) + "'");
    return shard;
}

bool in_shard(const BatchInput& input, const Shard& shard) {
    return stable_hash(input.output_stem) % shard.count == shard.index - 1;
}

std::vector<BatchInput> select_shard(std::vector<BatchInput> inputs, const Shard& shard) {
    if (shard.count == 1) return inputs;
    std::erase_if(inputs, [&](const BatchInput& input) { return !in_shard(input, shard); });
    return inputs;
}

}  // namespace folio
