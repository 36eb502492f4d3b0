// Names and plain-text renderings of blocks.
#include "formats/block.hpp"

namespace folio {

namespace {
template <class... F>
struct overloaded : F... {
    using F::operator()...;
};
template <class... F>
overloaded(F...) -> overloaded<F...>;  // clang 14 does not deduce aggregate template arguments
}  // namespace

const char* block_type_name(const Block& block) {
    return std::visit(overloaded{
                          [](const Paragraph&) { return "paragraph"; },
                          [](const Heading&) { return "heading"; },
                          [](const Figure&) { return "figure"; },
                          [](const List&) { return "list"; },
                          [](const BlockQuote&) { return "blockquote"; },
                          [](const Note&) { return "note"; },
                          [](const ThematicBreak&) { return "break"; },
                          [](const Table&) { return "table"; },
                      },
                      block);
}

std::string block_plain_text(const Block& block) {
    return std::visit(overloaded{
                          [](const Paragraph& b) { return to_plain_text(b.content); },
                          [](const Heading& b) { return to_plain_text(b.content); },
                          [](const Figure& b) { return to_plain_text(b.caption); },
                          [](const List& b) {
                              std::string out;
                              for (const Inlines& item : b.items) {
                                  if (!out.empty()) out += '\n';
                                  out += to_plain_text(item);
                              }
                              return out;
                          },
                          [](const BlockQuote& b) { return to_plain_text(b.content); },
                          [](const Note& b) { return to_plain_text(b.content); },
                          [](const ThematicBreak&) { return std::string(); },
                          [](const Table& b) { return table_plain_text(b); },
                      },
                      block);
}

bool has_table(const std::vector<Block>& blocks) {
    for (const Block& block : blocks)
        if (std::holds_alternative<Table>(block)) return true;
    return false;
}

}  // namespace folio
