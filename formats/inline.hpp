// Inline content of the document model: text runs, emphasis, strong, links, line breaks, code.
#pragma once

#include <string>
#include <vector>

namespace folio {

struct Inline;
using Inlines = std::vector<Inline>;

struct Inline {
    enum class Kind { Text, Emphasis, Strong, Link, LineBreak, Code };

    Kind kind = Kind::Text;
    std::string text;  // Text and Code: the characters; otherwise unused
    std::string href;  // Link: the target
    Inlines children;  // Emphasis, Strong, Link: the content

    friend bool operator==(const Inline&, const Inline&) = default;
};

// Builders for the common cases.
Inline text(std::string s);
Inline emphasis(Inlines children);
Inline strong(Inlines children);
Inline link(std::string href, Inlines children);
Inline line_break();
Inline code(std::string s);

// One run of plain text, or nothing for an empty string.
Inlines plain(std::string s);

// The inline content flattened to plain text (a line break becomes "\n").
std::string to_plain_text(const Inlines& content);

// True when the content is nothing but text runs (no markup worth keeping).
bool is_plain(const Inlines& content);

}  // namespace folio
