// The article's logical structure for a tagged PDF: structure elements in reading order (PDF 1.7 §14.7–14.8).
#pragma once

#include <string>
#include <vector>

namespace folio::pdf {

// One structure element. Its content (marked content on pages, annotations) and its children are linked in
// while the pages are painted, in the order they are drawn: an element that never gets content is left out.
struct StructElement {
    std::string type;  // a standard structure type ("P", "H1", "Figure", …) or "Credit" (role-mapped to Span)
    int parent = -1;   // -1 only for the root
    std::string alt;   // Figure: the alternative description
    std::string lang;  // when it differs from the document's (an article in another language)
    // Table cells (TH, TD): the table attributes, written when set (PDF 1.7 §14.8.5.7).
    std::string scope;  // TH: "Column" or "Row"
    int col_span = 1;
    int row_span = 1;
};

// The elements of one article: element 0 is the Document root, element 1 its Art.
class StructureTree {
public:
    StructureTree();

    int add(std::string type, int parent);
    StructElement& operator[](int element) { return elements_[static_cast<std::size_t>(element)]; }
    const StructElement& operator[](int element) const {
        return elements_[static_cast<std::size_t>(element)];
    }
    int size() const { return static_cast<int>(elements_.size()); }

    static constexpr int kDocument = 0;
    static constexpr int kArticle = 1;

private:
    std::vector<StructElement> elements_;
};

// The heading type for a heading of the article's body: the title is H1, body headings from H2 on, never
// more than one level deeper than the heading before (PDF/UA: no skipped levels).
class HeadingLevels {
public:
    std::string type_for(int level);

private:
    int previous_ = 1;
};

}  // namespace folio::pdf
