// Inline content flattened to code points with a style per character, whitespace collapsed as HTML does.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "formats/inline.hpp"

namespace folio::pdf {

// What inline markup asks of a stretch of text.
struct Markup {
    bool bold = false;
    bool italic = false;
    bool code = false;
    std::string href;  // "" outside links
    friend bool operator==(const Markup&, const Markup&) = default;
};

inline constexpr char32_t kForcedBreak = U'\u2028';  // a LineBreak inline

struct StyledText {
    std::u32string text;                // collapsed whitespace; a LineBreak is kForcedBreak
    std::vector<std::uint16_t> markup;  // per code point, an index into markups
    std::vector<Markup> markups;
    bool empty() const { return text.empty(); }
};

// Flattens inlines: runs of white space become one space (none at the start, the end or next to a forced
// break); soft hyphens and zero-width format characters are dropped.
StyledText flatten(const Inlines& content, const Markup& base = {});

// A plain string as styled text.
StyledText flatten_plain(const std::string& text, const Markup& base = {});

}  // namespace folio::pdf
