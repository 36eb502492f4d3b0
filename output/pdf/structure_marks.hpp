// Marked content on the pages of a tagged PDF and the structure tree, parent tree and role map built from it.
#pragma once

#include <podofo/podofo.h>

#include <string>
#include <string_view>
#include <vector>

#include "output/pdf/structure_tree.hpp"

namespace folio::pdf {

// What a piece of page content is outside the structure tree (PDF 1.7 §14.8.2.2).
enum class Artifact { Layout, Header, Footer };

class StructureMarks {
public:
    // lang: the article's language, against which runs in another script are marked with theirs.
    StructureMarks(StructureTree& tree, std::string lang);

    // The page the following marks are on (pages in order, from 0).
    void begin_page(PoDoFo::PdfPage* page);
    // Opens marked content of a structure element on the current page ("/P <</MCID n>> BDC") and links the
    // element into the tree, after what was linked in before it.
    // With a language ("ko"): content in another language than the article's, /Lang in its properties.
    void begin_content(PoDoFo::PdfStream& canvas, int element, std::string_view lang = {});
    void begin_artifact(PoDoFo::PdfStream& canvas, Artifact kind);
    static void end(PoDoFo::PdfStream& canvas);  // EMC
    // The language of a run when all its letters are in a script foreign to the article's language
    // ("부산항" in a German article: "ko"), else "".
    std::string foreign_language(std::string_view text) const;

    // Links the element into the tree without content of its own (an empty table cell).
    void include(int element) { link_in(element); }
    // A new Link element below `parent`, for the runs of one link.
    int add_link(int parent);
    // The annotation of a link run: an object reference in the Link element, /StructParent on the annotation.
    void add_annotation(int link, PoDoFo::PdfAnnotation& annotation);
    // The bounding box of a Figure's image, in user space (left, bottom, right, top).
    void set_bbox(int element, const PoDoFo::PdfRect& box);

    // Writes the structure tree root with its parent tree and role map, /StructParents and /Tabs on each
    // page, and /MarkInfo in the catalog.
    void write(PoDoFo::PdfMemDocument& doc);

private:
    struct Kid {
        int element = -1;  // a child element, or
        int page = -1;     // marked content (mcid) or an annotation (annotation) on a page
        int mcid = -1;
        PoDoFo::PdfReference annotation;
    };
    void link_in(int element);

    StructureTree& tree_;
    std::string lang_;
    std::vector<std::vector<Kid>> kids_;   // per element, in reading order
    std::vector<bool> linked_;             // per element: in its parent's kids
    std::vector<PoDoFo::PdfRect> bboxes_;  // per element (Figures)
    std::vector<bool> has_bbox_;
    std::vector<PoDoFo::PdfPage*> pages_;
    std::vector<std::vector<int>> page_marks_;  // per page, the element of each MCID
    std::vector<int> annotation_links_;         // per annotation (in order), its Link element
    std::vector<PoDoFo::PdfObject*> annotations_;
};

}  // namespace folio::pdf
