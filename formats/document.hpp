// The shared document model every reader fills and every writer renders.
#pragma once

#include <vector>

#include "formats/block.hpp"
#include "formats/meta.hpp"

namespace folio {

struct Document {
    Meta meta;
    std::vector<Block> blocks;
    friend bool operator==(const Document&, const Document&) = default;
};

}  // namespace folio
