// Block content of the document model: paragraphs, headings, figures, lists, quotes, notes, breaks, tables.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "formats/inline.hpp"
#include "formats/shared_bytes.hpp"
#include "formats/table.hpp"

namespace folio {

struct Paragraph {
    Inlines content;
    std::string role;  // "" for body text, "lead" for the teaser paragraph
    friend bool operator==(const Paragraph&, const Paragraph&) = default;
};

struct Heading {
    int level = 2;  // 2..6 inside the body; the title is level 1 and lives in Meta
    Inlines content;
    friend bool operator==(const Heading&, const Heading&) = default;
};

struct Figure {
    std::string src;         // where the image came from ("" when unknown)
    SharedBytes image;       // the image bytes when available, shared by figures showing one file
    std::string media_type;  // e.g. "image/jpeg" when image is set
    std::string alt;         // "" when the source gave none
    Inlines caption;         // empty when the source gave none
    std::string credit;      // verbatim, with its marker ("© …", "Foto: …"); "" when none
    friend bool operator==(const Figure&, const Figure&) = default;
};

struct List {
    bool ordered = false;
    std::vector<Inlines> items;
    friend bool operator==(const List&, const List&) = default;
};

struct BlockQuote {
    Inlines content;          // keeps its quotation marks as printed
    std::string attribution;  // without a leading dash; "" when none
    friend bool operator==(const BlockQuote&, const BlockQuote&) = default;
};

// An editor's note such as "Update: …"; not body text.
struct Note {
    Inlines content;
    friend bool operator==(const Note&, const Note&) = default;
};

struct ThematicBreak {
    friend bool operator==(const ThematicBreak&, const ThematicBreak&) = default;
};

using Block = std::variant<Paragraph, Heading, Figure, List, BlockQuote, Note, ThematicBreak, Table>;

// The block's "type" name as used by the JSON contract ("paragraph", "heading", …).
const char* block_type_name(const Block& block);

// A plain-text rendering of the block's main content (items joined by "\n"; a table as table_plain_text).
std::string block_plain_text(const Block& block);

// True when any of the blocks is a table (writers add their table styles only then).
bool has_table(const std::vector<Block>& blocks);

}  // namespace folio
