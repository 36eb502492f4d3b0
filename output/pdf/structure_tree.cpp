// The article's logical structure for a tagged PDF: structure elements in reading order (PDF 1.7 §14.7–14.8).
#include "output/pdf/structure_tree.hpp"

#include <algorithm>

namespace folio::pdf {

StructureTree::StructureTree() {
    add("Document", -1);
    add("Art", kDocument);
}

int StructureTree::add(std::string type, int parent) {
    elements_.push_back(StructElement{std::move(type), parent, {}, {}, {}, 1, 1});
    return size() - 1;
}

std::string HeadingLevels::type_for(int level) {
    const int wanted = std::clamp(level, 2, 6);
    previous_ = std::min(wanted, previous_ + 1);
    return "H" + std::to_string(previous_);
}

}  // namespace folio::pdf
