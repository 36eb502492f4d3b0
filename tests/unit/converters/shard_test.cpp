// Shards: K/N parsed strictly; the N shards split any input list into disjoint parts that cover it.
#include "converters/shard.hpp"

#include <gtest/gtest.h>

#include "formats/diagnostics.hpp"

namespace folio {
namespace {

std::vector<BatchInput> many_inputs(int count) {
    std::vector<BatchInput> inputs;
    for (int i = 0; i < count; ++i)
        inputs.push_back({"/a/" + std::to_string(i) + ".txt", "2023/" + std::to_string(i)});
    return inputs;
}

TEST(Shard, ParsesKOfN) {
    const Shard shard = parse_shard("3/8");
    EXPECT_EQ(shard.index, 3u);
    EXPECT_EQ(shard.count, 8u);
}

TEST(Shard, RejectsWhatIsNotKOfN) {
    for (const char* text : {"", "3", "/2", "1/", "a/2", "1/2/3", "0/2", "3/2", "1/0", "-1/2", "1 /2"})
        EXPECT_THROW(parse_shard(text), Error) << text;
}

TEST(Shard, ShardsAreDisjointCoverEveryInputAndAreBalanced) {
    const std::vector<BatchInput> inputs = many_inputs(3000);
    std::vector<int> owners(inputs.size(), 0);
    for (unsigned k = 1; k <= 3; ++k) {
        const std::vector<BatchInput> part = select_shard(inputs, {k, 3});
        EXPECT_GT(part.size(), 900u);
        EXPECT_LT(part.size(), 1100u);
        for (std::size_t i = 0; i < inputs.size(); ++i) owners[i] += in_shard(inputs[i], {k, 3}) ? 1 : 0;
    }
    for (const int owner_count : owners) EXPECT_EQ(owner_count, 1);
}

TEST(Shard, DependsOnTheOutputStemAloneNotOnOrderOrLocation) {
    const BatchInput here{"/mnt/archive/2023/x.txt", "2023/x"};
    const BatchInput there{"/data/other/2023/x.txt", "2023/x"};
    for (unsigned k = 1; k <= 5; ++k) EXPECT_EQ(in_shard(here, {k, 5}), in_shard(there, {k, 5}));
}

TEST(Shard, OneShardIsEverything) { EXPECT_EQ(select_shard(many_inputs(10), {1, 1}).size(), 10u); }

}  // namespace
}  // namespace folio
