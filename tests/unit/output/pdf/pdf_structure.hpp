// Test helpers for tagged PDFs: the structure tree as poppler prints it, and a walk over the file with
// PoDoFo that checks the PDF/UA-1 conditions a machine can check.
#pragma once

#include <set>
#include <string>
#include <vector>

namespace folio::pdf_test {

// A structure element as `pdfinfo -struct-text` prints it; text pieces are kids with an empty type.
struct StructNode {
    std::string type;
    std::string text;  // for a text piece
    std::vector<StructNode> kids;

    // The text of the element and all below it, in order.
    std::string all_text() const;
    // The elements of a type below this one (not this one), in reading order.
    std::vector<const StructNode*> find_all(const std::string& type) const;
    // The element kids only (no text pieces).
    std::vector<const StructNode*> elements() const;
};

// Runs `pdfinfo -struct-text` on the file; the root is the Document element.
StructNode struct_tree(const std::string& pdf_path);

// What the walk over the file found; every list is empty for a conforming file.
struct UaReport {
    std::vector<std::string> unmarked;     // text and image operators outside tagged content or artifacts
    std::vector<std::string> unreachable;  // MCIDs the parent tree does not lead back to
    std::vector<std::string> figures_without_alt;
    std::vector<std::string> skipped_headings;  // "H2 after H4"-like, or no H1 first
    std::vector<std::string> document_level;    // missing /Lang, /MarkInfo, DisplayDocTitle, XMP pdfuaid:part
    std::vector<std::string> untagged_links;    // link annotations without /Contents or a Link element
    int links = 0;                              // link annotations seen
    std::set<std::string> languages;            // /Lang of marked content on the pages
    int marked_contents = 0;                    // sequences with an MCID seen on the pages
    int artifacts = 0;
    std::vector<std::string> element_types;  // all structure types, in reading order
};

UaReport check_pdf_ua(const std::string& pdf_bytes);

}  // namespace folio::pdf_test
