// Splitting a batch over machines: shard K of N holds a fixed share of the inputs, the same on every machine.
#pragma once

#include <string_view>
#include <vector>

#include "converters/batch_layout.hpp"

namespace folio {

struct Shard {
    unsigned index = 1;  // K, from 1 to count
    unsigned count = 1;  // N
};

// "K/N" with 1 <= K <= N. Throws Error with the reason otherwise.
Shard parse_shard(std::string_view text);

// Whether `input` belongs to `shard`. Decided by a hash of the input's output stem alone, so every
// machine agrees whatever the order of the inputs or the folder the archive is mounted at, and an
// input keeps its shard when others are added. Each shard gets about 1/N of the inputs; the N
// shards together hold every input exactly once.
bool in_shard(const BatchInput& input, const Shard& shard);

// The inputs of `shard`, in their order.
std::vector<BatchInput> select_shard(std::vector<BatchInput> inputs, const Shard& shard);

}  // namespace folio
