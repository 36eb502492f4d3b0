// Marked content on the pages of a tagged PDF and the structure tree, parent tree and role map built from it.
#include "output/pdf/structure_marks.hpp"

#include <string>

#include "output/common/script_runs.hpp"

namespace folio::pdf {

namespace {

using PoDoFo::PdfArray;
using PoDoFo::PdfDictionary;
using PoDoFo::PdfName;
using PoDoFo::PdfObject;
using PoDoFo::PdfVariant;

PdfObject integer(long long value) { return PdfObject(static_cast<PoDoFo::pdf_int64>(value)); }

PoDoFo::PdfString utf8_string(const std::string& text) {
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str()));
}

}  // namespace

StructureMarks::StructureMarks(StructureTree& tree, std::string lang) : tree_(tree), lang_(std::move(lang)) {}

void StructureMarks::begin_page(PoDoFo::PdfPage* page) {
    pages_.push_back(page);
    page_marks_.emplace_back();
}

void StructureMarks::link_in(int element) {
    if (static_cast<int>(linked_.size()) < tree_.size()) {
        linked_.resize(static_cast<std::size_t>(tree_.size()), false);
        kids_.resize(static_cast<std::size_t>(tree_.size()));
    }
    if (linked_[static_cast<std::size_t>(element)]) return;
    linked_[static_cast<std::size_t>(element)] = true;
    const int parent = tree_[element].parent;
    if (parent < 0) return;
    link_in(parent);
    kids_[static_cast<std::size_t>(parent)].push_back(Kid{element, -1, -1, {}});
}

void StructureMarks::begin_content(PoDoFo::PdfStream& canvas, int element, std::string_view lang) {
    link_in(element);
    std::vector<int>& marks = page_marks_.back();
    const int mcid = static_cast<int>(marks.size());
    marks.push_back(element);
    kids_[static_cast<std::size_t>(element)].push_back(
        Kid{-1, static_cast<int>(pages_.size()) - 1, mcid, {}});
    // A language tag holds letters, digits and hyphens only: no escaping in the string.
    const std::string language = lang.empty() ? "" : "/Lang (" + std::string(lang) + ") ";
    const std::string op =
        "/" + tree_[element].type + " <<" + language + "/MCID " + std::to_string(mcid) + ">> BDC\n";
    canvas.Append(op);
}

void StructureMarks::begin_artifact(PoDoFo::PdfStream& canvas, Artifact kind) {
    switch (kind) {
        case Artifact::Layout:
            canvas.Append("/Artifact BMC\n");
            break;
        case Artifact::Header:
            canvas.Append("/Artifact <</Type /Pagination /Subtype /Header>> BDC\n");
            break;
        case Artifact::Footer:
            canvas.Append("/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n");
            break;
    }
}

void StructureMarks::end(PoDoFo::PdfStream& canvas) { canvas.Append("EMC\n"); }

std::string StructureMarks::foreign_language(std::string_view text) const {
    return foreign_language_of(text, lang_);
}

int StructureMarks::add_link(int parent) { return tree_.add("Link", parent); }

void StructureMarks::add_annotation(int link, PoDoFo::PdfAnnotation& annotation) {
    link_in(link);
    annotation_links_.push_back(link);
    annotations_.push_back(annotation.GetObject());  // /StructParent: numbered after the pages, when written
    kids_[static_cast<std::size_t>(link)].push_back(
        Kid{-1, static_cast<int>(pages_.size()) - 1, -1, annotation.GetObject()->Reference()});
}

void StructureMarks::set_bbox(int element, const PoDoFo::PdfRect& box) {
    if (static_cast<int>(bboxes_.size()) < tree_.size()) {
        bboxes_.resize(static_cast<std::size_t>(tree_.size()));
        has_bbox_.resize(static_cast<std::size_t>(tree_.size()), false);
    }
    bboxes_[static_cast<std::size_t>(element)] = box;
    has_bbox_[static_cast<std::size_t>(element)] = true;
}

void StructureMarks::write(PoDoFo::PdfMemDocument& doc) {
    link_in(StructureTree::kDocument);
    PoDoFo::PdfVecObjects& objects = doc.GetObjects();
    PdfObject* root = objects.CreateObject("StructTreeRoot");

    // One object per element linked in, made first so that parents and kids can name each other.
    std::vector<PdfObject*> objs(static_cast<std::size_t>(tree_.size()), nullptr);
    for (int e = 0; e < tree_.size(); ++e)
        if (linked_[static_cast<std::size_t>(e)])
            objs[static_cast<std::size_t>(e)] = objects.CreateObject("StructElem");

    const int page_count = static_cast<int>(pages_.size());
    for (int e = 0; e < tree_.size(); ++e) {
        PdfObject* obj = objs[static_cast<std::size_t>(e)];
        if (obj == nullptr) continue;
        const StructElement& element = tree_[e];
        PdfDictionary& dict = obj->GetDictionary();
        dict.AddKey(PdfName("S"), PdfName(element.type));
        dict.AddKey(PdfName("P"), element.parent < 0
                                      ? root->Reference()
                                      : objs[static_cast<std::size_t>(element.parent)]->Reference());
        if (!element.alt.empty()) dict.AddKey(PdfName("Alt"), utf8_string(element.alt));
        if (!element.lang.empty()) dict.AddKey(PdfName("Lang"), PoDoFo::PdfString(element.lang.c_str()));
        if (e < static_cast<int>(has_bbox_.size()) && has_bbox_[static_cast<std::size_t>(e)]) {
            const PoDoFo::PdfRect& box = bboxes_[static_cast<std::size_t>(e)];
            PdfArray bbox;
            for (const double v : {box.GetLeft(), box.GetBottom(), box.GetLeft() + box.GetWidth(),
                                   box.GetBottom() + box.GetHeight()})
                bbox.push_back(PdfObject(v));
            PdfDictionary layout;
            layout.AddKey(PdfName("O"), PdfName("Layout"));
            layout.AddKey(PdfName("BBox"), bbox);
            dict.AddKey(PdfName("A"), layout);
        }
        if (!element.scope.empty() || element.col_span > 1 || element.row_span > 1) {
            PdfDictionary table;
            table.AddKey(PdfName("O"), PdfName("Table"));
            if (!element.scope.empty()) table.AddKey(PdfName("Scope"), PdfName(element.scope));
            if (element.col_span > 1) table.AddKey(PdfName("ColSpan"), integer(element.col_span));
            if (element.row_span > 1) table.AddKey(PdfName("RowSpan"), integer(element.row_span));
            dict.AddKey(PdfName("A"), table);
        }
        // /Pg names the page of the element's first marked content; content elsewhere is a full reference.
        const std::vector<Kid>& kids = kids_[static_cast<std::size_t>(e)];
        int home = -1;
        for (const Kid& kid : kids)
            if (kid.page >= 0) {
                home = kid.page;
                break;
            }
        if (home >= 0)
            dict.AddKey(PdfName("Pg"), pages_[static_cast<std::size_t>(home)]->GetObject()->Reference());
        PdfArray k;
        for (const Kid& kid : kids) {
            if (kid.element >= 0) {
                k.push_back(objs[static_cast<std::size_t>(kid.element)]->Reference());
            } else if (kid.mcid < 0) {
                PdfDictionary objr;
                objr.AddKey(PdfName("Type"), PdfName("OBJR"));
                objr.AddKey(PdfName("Obj"), kid.annotation);
                k.push_back(objr);
            } else if (kid.page == home) {
                k.push_back(integer(kid.mcid));
            } else {
                PdfDictionary mcr;
                mcr.AddKey(PdfName("Type"), PdfName("MCR"));
                mcr.AddKey(PdfName("Pg"),
                           pages_[static_cast<std::size_t>(kid.page)]->GetObject()->Reference());
                mcr.AddKey(PdfName("MCID"), integer(kid.mcid));
                k.push_back(mcr);
            }
        }
        if (k.size() == 1)
            dict.AddKey(PdfName("K"), k.front());
        else
            dict.AddKey(PdfName("K"), k);
    }

    // The parent tree: per page, the element of each MCID; then per annotation, its Link element.
    PdfArray nums;
    for (int p = 0; p < page_count; ++p) {
        PdfArray marks;
        for (const int element : page_marks_[static_cast<std::size_t>(p)])
            marks.push_back(objs[static_cast<std::size_t>(element)]->Reference());
        nums.push_back(integer(p));
        nums.push_back(marks);
        PdfDictionary& page = pages_[static_cast<std::size_t>(p)]->GetObject()->GetDictionary();
        page.AddKey(PdfName("StructParents"), integer(p));
        page.AddKey(PdfName("Tabs"), PdfName("S"));
    }
    for (std::size_t a = 0; a < annotation_links_.size(); ++a) {
        const PdfObject key = integer(page_count + static_cast<long long>(a));
        annotations_[a]->GetDictionary().AddKey(PdfName("StructParent"), key);
        nums.push_back(key);
        nums.push_back(objs[static_cast<std::size_t>(annotation_links_[a])]->Reference());
    }
    PdfDictionary parent_tree;
    parent_tree.AddKey(PdfName("Nums"), nums);
    PdfDictionary& root_dict = root->GetDictionary();
    root_dict.AddKey(PdfName("K"), objs[StructureTree::kDocument]->Reference());
    root_dict.AddKey(PdfName("ParentTree"), objects.CreateObject(parent_tree)->Reference());
    root_dict.AddKey(PdfName("ParentTreeNextKey"),
                     integer(page_count + static_cast<long long>(annotation_links_.size())));
    PdfDictionary role_map;
    role_map.AddKey(PdfName("Credit"), PdfName("Span"));
    root_dict.AddKey(PdfName("RoleMap"), role_map);

    PdfDictionary& catalog = doc.GetCatalog()->GetDictionary();
    catalog.AddKey(PdfName("StructTreeRoot"), root->Reference());
    PdfDictionary mark_info;
    mark_info.AddKey(PdfName("Marked"), PdfObject(true));
    catalog.AddKey(PdfName("MarkInfo"), mark_info);
}

}  // namespace folio::pdf
