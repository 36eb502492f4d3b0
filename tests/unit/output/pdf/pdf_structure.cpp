// Test helpers for tagged PDFs: the structure tree as poppler prints it, and a walk over the file with
// PoDoFo that checks the PDF/UA-1 conditions a machine can check.
#include "pdf_structure.hpp"

#include <podofo/podofo.h>

#include <map>
#include <set>
#include <sstream>

#include "pdf_test_support.hpp"

namespace folio::pdf_test {

using namespace PoDoFo;

std::string StructNode::all_text() const {
    std::string out = text;
    for (const StructNode& kid : kids) out += kid.all_text();
    return out;
}

std::vector<const StructNode*> StructNode::find_all(const std::string& wanted) const {
    std::vector<const StructNode*> out;
    for (const StructNode& kid : kids) {
        if (kid.type == wanted) out.push_back(&kid);
        for (const StructNode* below : kid.find_all(wanted)) out.push_back(below);
    }
    return out;
}

std::vector<const StructNode*> StructNode::elements() const {
    std::vector<const StructNode*> out;
    for (const StructNode& kid : kids)
        if (!kid.type.empty()) out.push_back(&kid);
    return out;
}

StructNode struct_tree(const std::string& pdf_path) {
    std::istringstream lines(run("pdfinfo -struct-text '" + pdf_path + "'"));
    StructNode root{"(file)", "", {}};
    std::vector<std::pair<std::size_t, StructNode*>> open{{0, &root}};  // indent of the kids, element
    std::string line;
    while (std::getline(lines, line)) {
        const std::size_t indent = line.find_first_not_of(' ');
        if (indent == std::string::npos) continue;
        const std::string content = line.substr(indent);
        if (content.front() == '/') continue;  // an attribute of the element above
        while (open.size() > 1 && open.back().first > indent) open.pop_back();
        StructNode* parent = open.back().second;
        if (content.front() == '"') {
            const std::size_t end = content.rfind('"');
            parent->kids.push_back(StructNode{"", content.substr(1, end > 0 ? end - 1 : 0), {}});
            continue;
        }
        std::string type = content.substr(0, content.find_first_of(" :"));
        parent->kids.push_back(StructNode{type, "", {}});
        open.emplace_back(indent + 2, &parent->kids.back());
    }
    return root.kids.size() == 1 ? root.kids.front() : root;
}

namespace {

class Walk {
public:
    explicit Walk(const std::string& bytes) {
        doc_.LoadFromBuffer(bytes.data(), static_cast<long>(bytes.size()));
    }

    UaReport run() {
        const PdfObject* catalog = doc_.GetCatalog();
        check_document_level(*catalog);
        const PdfObject* root = catalog->GetIndirectKey(PdfName("StructTreeRoot"));
        if (root != nullptr) {
            read_parent_tree(*root);
            if (const PdfObject* k = root->GetIndirectKey(PdfName("K"))) visit_element(*k);
        }
        for (int p = 0; p < doc_.GetPageCount(); ++p) walk_page(p);
        return std::move(report_);
    }

private:
    const PdfObject* resolve(const PdfObject& obj) const {
        return obj.IsReference() ? doc_.GetObjects().GetObject(obj.GetReference()) : &obj;
    }

    void check_document_level(const PdfObject& catalog) {
        const PdfDictionary& dict = catalog.GetDictionary();
        if (!dict.HasKey(PdfName("Lang"))) report_.document_level.push_back("no /Lang");
        const PdfObject* mark_info = catalog.GetIndirectKey(PdfName("MarkInfo"));
        const PdfObject* marked = mark_info ? mark_info->GetDictionary().GetKey(PdfName("Marked")) : nullptr;
        if (!marked || !marked->IsBool() || !marked->GetBool())
            report_.document_level.push_back("not /Marked");
        const PdfObject* prefs = catalog.GetIndirectKey(PdfName("ViewerPreferences"));
        const PdfObject* title = prefs ? prefs->GetDictionary().GetKey(PdfName("DisplayDocTitle")) : nullptr;
        if (!title || !title->IsBool() || !title->GetBool())
            report_.document_level.push_back("no DisplayDocTitle");
        const PdfObject* metadata = catalog.GetIndirectKey(PdfName("Metadata"));
        std::string xmp;
        if (metadata && metadata->HasStream()) {
            char* buffer = nullptr;
            pdf_long length = 0;
            metadata->GetStream()->GetFilteredCopy(&buffer, &length);
            xmp.assign(buffer, static_cast<std::size_t>(length));
            podofo_free(buffer);
        }
        if (xmp.find("<pdfuaid:part>1</pdfuaid:part>") == std::string::npos)
            report_.document_level.push_back("no XMP with pdfuaid:part 1");
    }

    void read_parent_tree(const PdfObject& root) {
        const PdfObject* tree = root.GetIndirectKey(PdfName("ParentTree"));
        if (tree == nullptr) return;
        const PdfObject* nums = tree->GetIndirectKey(PdfName("Nums"));
        if (nums == nullptr) return;
        const PdfArray& array = nums->GetArray();
        for (std::size_t i = 0; i + 1 < array.size(); i += 2)
            parent_tree_[array[i].GetNumber()] = resolve(array[i + 1]);
    }

    void visit_element(const PdfObject& ref) {
        const PdfObject* obj = resolve(ref);
        if (obj == nullptr) return;
        if (obj->IsArray()) {
            for (const PdfObject& kid : obj->GetArray()) visit_element(kid);
            return;
        }
        if (!obj->IsDictionary()) return;
        const PdfObject* s = obj->GetDictionary().GetKey(PdfName("S"));
        if (s == nullptr) return;  // marked-content or object references
        const std::string type = s->GetName().GetName();
        report_.element_types.push_back(type);
        if (type == "Figure") {
            const PdfObject* alt = obj->GetDictionary().GetKey(PdfName("Alt"));
            if (alt == nullptr || alt->GetString().GetStringUtf8().empty())
                report_.figures_without_alt.push_back("Figure " +
                                                      std::to_string(obj->Reference().ObjectNumber()));
        }
        if (type.size() == 2 && type[0] == 'H' && std::isdigit(static_cast<unsigned char>(type[1]))) {
            const int level = type[1] - '0';
            if ((heading_ == 0 && level != 1) || level > heading_ + 1)
                report_.skipped_headings.push_back(type + " after H" + std::to_string(heading_));
            heading_ = level;
        }
        if (const PdfObject* k = obj->GetDictionary().GetKey(PdfName("K"))) visit_element(*k);
    }

    // Whether the element's /K holds MCID mcid on the page.
    bool holds(const PdfObject& element, const PdfReference& page, long long mcid) const {
        const PdfDictionary& dict = element.GetDictionary();
        const PdfObject* pg = dict.GetKey(PdfName("Pg"));
        const PdfObject* k = dict.GetKey(PdfName("K"));
        if (k == nullptr) return false;
        std::vector<const PdfObject*> kids;
        if (k->IsArray())
            for (const PdfObject& kid : k->GetArray()) kids.push_back(&kid);
        else
            kids.push_back(k);
        for (const PdfObject* kid : kids) {
            if (kid->IsNumber() && kid->GetNumber() == mcid && pg && pg->GetReference() == page) return true;
            if (kid->IsDictionary()) {
                const PdfObject* n = kid->GetDictionary().GetKey(PdfName("MCID"));
                const PdfObject* kpg = kid->GetDictionary().GetKey(PdfName("Pg"));
                const PdfObject* where = kpg ? kpg : pg;
                if (n && n->GetNumber() == mcid && where && where->GetReference() == page) return true;
            }
        }
        return false;
    }

    void walk_page(int p) {
        PdfPage* page = doc_.GetPage(p);
        const PdfObject* struct_parents = page->GetObject()->GetDictionary().GetKey(PdfName("StructParents"));
        const PdfObject* marks = nullptr;
        if (struct_parents != nullptr) {
            const auto found = parent_tree_.find(struct_parents->GetNumber());
            if (found != parent_tree_.end()) marks = found->second;
        }
        struct Frame {
            bool artifact = false;
            long long mcid = -1;
        };
        check_links(*page);
        std::vector<Frame> stack;
        std::vector<PdfVariant> operands;
        PdfContentsTokenizer tokenizer(page);
        EPdfContentsType type;
        const char* keyword = nullptr;
        PdfVariant variant;
        const std::string where = "page " + std::to_string(p + 1);
        while (tokenizer.ReadNext(type, keyword, variant)) {
            if (type == ePdfContentsType_Variant) {
                operands.push_back(variant);
                continue;
            }
            if (type != ePdfContentsType_Keyword) continue;
            const std::string op = keyword;
            if (op == "BMC" || op == "BDC") {
                Frame frame;
                if (!operands.empty() && operands.front().IsName())
                    frame.artifact = operands.front().GetName().GetName() == "Artifact";
                if (op == "BDC" && operands.size() >= 2 && operands[1].IsDictionary()) {
                    const PdfDictionary& properties = operands[1].GetDictionary();
                    if (const PdfObject* mcid = properties.GetKey(PdfName("MCID")))
                        frame.mcid = mcid->GetNumber();
                    if (const PdfObject* lang = properties.GetKey(PdfName("Lang")))
                        report_.languages.insert(lang->GetString().GetStringUtf8());
                }
                if (frame.artifact) ++report_.artifacts;
                if (frame.mcid >= 0) {
                    ++report_.marked_contents;
                    check_reachable(marks, page->GetObject()->Reference(), frame.mcid, where);
                }
                stack.push_back(frame);
            } else if (op == "EMC") {
                if (!stack.empty()) stack.pop_back();
            } else if (op == "Tj" || op == "TJ" || op == "'" || op == "\"" || op == "Do") {
                bool covered = false;
                for (const Frame& frame : stack) covered = covered || frame.artifact || frame.mcid >= 0;
                if (!covered) report_.unmarked.push_back(where + ": " + op);
            }
            operands.clear();
        }
    }

    void check_links(PdfPage& page) {
        const PdfObject* annots = page.GetObject()->GetIndirectKey(PdfName("Annots"));
        if (annots == nullptr) return;
        for (const PdfObject& ref : annots->GetArray()) {
            const PdfObject* annot = resolve(ref);
            const PdfObject* subtype = annot->GetDictionary().GetKey(PdfName("Subtype"));
            if (subtype == nullptr || subtype->GetName().GetName() != "Link") continue;
            ++report_.links;
            const std::string what = "annotation " + std::to_string(annot->Reference().ObjectNumber());
            const PdfObject* contents = annot->GetDictionary().GetKey(PdfName("Contents"));
            if (contents == nullptr || contents->GetString().GetStringUtf8().empty())
                report_.untagged_links.push_back(what + ": no /Contents");
            const PdfObject* key = annot->GetDictionary().GetKey(PdfName("StructParent"));
            const auto found = key ? parent_tree_.find(key->GetNumber()) : parent_tree_.end();
            const PdfObject* element = found == parent_tree_.end() ? nullptr : found->second;
            const PdfObject* s =
                element && element->IsDictionary() ? element->GetDictionary().GetKey(PdfName("S")) : nullptr;
            if (s == nullptr || s->GetName().GetName() != "Link")
                report_.untagged_links.push_back(what + ": no Link element");
        }
    }

    void check_reachable(const PdfObject* marks, const PdfReference& page, long long mcid,
                         const std::string& where) {
        const std::string what = where + " MCID " + std::to_string(mcid);
        if (marks == nullptr || !marks->IsArray() ||
            static_cast<std::size_t>(mcid) >= marks->GetArray().size()) {
            report_.unreachable.push_back(what + ": not in the parent tree");
            return;
        }
        const PdfObject* element = resolve(marks->GetArray()[static_cast<std::size_t>(mcid)]);
        if (element == nullptr || !element->IsDictionary() || !holds(*element, page, mcid))
            report_.unreachable.push_back(what + ": its element does not hold it");
    }

    PdfMemDocument doc_;
    std::map<long long, const PdfObject*> parent_tree_;
    int heading_ = 0;
    UaReport report_;
};

}  // namespace

UaReport check_pdf_ua(const std::string& pdf_bytes) { return Walk(pdf_bytes).run(); }

}  // namespace folio::pdf_test
