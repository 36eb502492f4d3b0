// Drawing laid-out pages with PoDoFo: text runs, the image, rules, bars, links, table rows, running header
// and footer.
#include "output/pdf/page_painter.hpp"

#include <podofo/podofo.h>

#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "formats/block.hpp"
#include "output/pdf/kerned_text.hpp"

namespace folio::pdf {

namespace {

PoDoFo::PdfString utf8_string(const std::string& text) {
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str()));
}

class PagePainter {
public:
    PagePainter(PoDoFo::PdfMemDocument& doc, PoDoFo::PdfPage* page, PdfResources& resources,
                StructureMarks* marks)
        : doc_(doc), page_(page), resources_(resources), marks_(marks) {
        painter_.SetPage(page);
        // The page is drawn into its content stream uncompressed and deflated once when finished
        // (finish()): the same bytes as deflating each of the painter's thousands of small appends.
        canvas().EndAppend();
        canvas().BeginAppend(PoDoFo::TVecFilters(), false, false);
        if (marks_ != nullptr) marks_->begin_page(page);
    }
    ~PagePainter() {
        if (!finished_) painter_.FinishPage();
    }
    PagePainter(const PagePainter&) = delete;
    PagePainter& operator=(const PagePainter&) = delete;

    // A line of the structure element `element`: each run in marked content of that element, of its own
    // element (a list item's label) or of a Link element below it. With element -1 the caller marks it.
    void line(const TextLine& text, double left, double baseline, int element) {
        const bool tagged = marks_ != nullptr && element >= 0;
        int open = -1;          // the element whose marked content is open
        std::string open_lang;  // and its language, when not the article's
        int link = -1;          // the link the Link element below belongs to
        int link_element = -1;
        for (const PlacedRun& run : text.runs) {
            if (run.text.empty()) continue;
            if (tagged) {
                int target = run.element >= 0 ? run.element : element;
                if (run.link >= 0 && run.link != link) link_element = marks_->add_link(target);
                link = run.link;
                if (run.link >= 0) target = link_element;
                std::string lang = marks_->foreign_language(run.text);
                if (target != open || lang != open_lang) {
                    if (open >= 0) StructureMarks::end(canvas());
                    marks_->begin_content(canvas(), target, lang);
                    open = target;
                    open_lang = std::move(lang);
                }
            }
            PoDoFo::PdfFont* font = resources_.font(run.font, text.size);
            painter_.SetFont(font);
            fill_color(run.link >= 0 ? style::kLink : text.color);
            if (run.kerns.empty())
                draw_text(painter_, *font, left + run.x, baseline, run.text);
            else
                draw_kerned_text(painter_, *font, left + run.x, baseline, run.text, run.kerns);
            if (run.link >= 0) this->link(run, text, left, baseline, tagged ? link_element : -1);
        }
        if (open >= 0) StructureMarks::end(canvas());
    }

    // A line outside the structure: running header, page number, or a layout row without an element.
    void artifact_line(const TextLine& text, double left, double baseline, Artifact kind) {
        begin_artifact(kind);
        line(text, left, baseline, -1);
        end_artifact();
    }

    void rule(double x, double y, double width, double thickness, Color color) {
        begin_artifact(Artifact::Layout);
        painter_.SetStrokingColor(color.r, color.g, color.b);
        painter_.SetStrokeWidth(thickness);
        painter_.DrawLine(x, y, x + width, y);
        end_artifact();
    }

    void bar(double x, double bottom, double height) {
        begin_artifact(Artifact::Layout);
        fill_color(style::kRule);
        painter_.Rectangle(x, bottom, style::kBarWidth, height);
        painter_.Fill();
        end_artifact();
    }

    // The figure's image, as content of `element` (a Figure) or, with -1 or without an image, an artifact.
    void image(const Figure& figure, double x, double bottom, double width, double height, int element) {
        PoDoFo::PdfImage* img = resources_.image(figure);
        if (img == nullptr || element < 0) {
            begin_artifact(Artifact::Layout);
        } else if (marks_ != nullptr) {
            marks_->begin_content(canvas(), element);
            marks_->set_bbox(element, PoDoFo::PdfRect(x, bottom, width, height));
        }
        if (img == nullptr) {
            painter_.SetStrokingColor(style::kRule.r, style::kRule.g, style::kRule.b);
            painter_.SetStrokeWidth(0.6);
            painter_.Rectangle(x, bottom, width, height);
            painter_.Stroke();
        } else {
            painter_.DrawImage(x, bottom, img, width / img->GetWidth(), height / img->GetHeight());
        }
        if (marks_ != nullptr) StructureMarks::end(canvas());
    }

    // A table row's rules and cells; a repeated header row is an artifact.
    void table_row(const Row& row, double left, double top, bool repeated) {
        for (const auto& [y, thickness] :
             {std::pair(top, row.rule_above), std::pair(top - row.height, row.rule_below)})
            if (thickness > 0)
                rule(left, y, row.table_width, thickness, thickness >= 0.5 ? style::kText : style::kRule);
        for (const CellLine& cell : row.cells) {
            if (!cell.line) {
                if (marks_ != nullptr && !repeated) marks_->include(cell.element);
            } else if (repeated) {
                artifact_line(*cell.line, left + cell.x, top - cell.baseline, Artifact::Layout);
            } else {
                line(*cell.line, left + cell.x, top - cell.baseline, cell.element);
            }
        }
    }

    // Ends the page: its content stream (the page's one contents object) deflated in one go.
    void finish() {
        PoDoFo::PdfStream& stream = canvas();
        painter_.FinishPage();
        finished_ = true;
        char* drawn = nullptr;
        PoDoFo::pdf_long length = 0;
        stream.GetCopy(&drawn, &length);
        const std::unique_ptr<char, void (*)(void*)> owner(drawn, PoDoFo::podofo_free);
        resources_.deflate(*page_->GetContents(), std::string(drawn, static_cast<std::size_t>(length)));
    }

private:
    PoDoFo::PdfStream& canvas() { return *painter_.GetCanvas(); }

    void begin_artifact(Artifact kind) {
        if (marks_ != nullptr) marks_->begin_artifact(canvas(), kind);
    }
    void end_artifact() {
        if (marks_ != nullptr) StructureMarks::end(canvas());
    }

    // Sets the fill colour only when it changes: one operator instead of one per run.
    void fill_color(Color color) {
        if (fill_ == color) return;
        painter_.SetColor(color.r, color.g, color.b);
        fill_ = color;
    }

    // The link annotation over a run; with a Link element, tagged as its object and described by its target.
    void link(const PlacedRun& run, const TextLine& text, double left, double baseline, int link_element) {
        const PoDoFo::PdfRect rect(left + run.x, baseline - text.size * 0.25, run.width, text.size * 1.1);
        PoDoFo::PdfAnnotation* annotation = nullptr;
        {
            const std::lock_guard lock(podofo_date_mutex());
            annotation = page_->CreateAnnotation(PoDoFo::ePdfAnnotation_Link, rect);
        }
        // PoDoFo stamps the annotation with the current time (/M, optional): drop it for reproducible bytes.
        annotation->GetObject()->GetDictionary().RemoveKey(PoDoFo::PdfName("M"));
        annotation->SetBorderStyle(0, 0, 0);
        const std::string& target = text.links[static_cast<std::size_t>(run.link)];
        PoDoFo::PdfAction action(PoDoFo::ePdfAction_URI, &doc_);
        action.SetURI(utf8_string(target));
        annotation->SetAction(action);
        if (link_element >= 0) {
            annotation->SetContents(utf8_string(target));
            marks_->add_annotation(link_element, *annotation);
        }
    }

    PoDoFo::PdfMemDocument& doc_;
    PoDoFo::PdfPage* page_;
    PdfResources& resources_;
    StructureMarks* marks_;  // nullptr: an untagged PDF
    PoDoFo::PdfPainter painter_;
    std::optional<Color> fill_;  // the fill colour set on the page, none yet at its start
    bool finished_ = false;
};

}  // namespace

std::vector<BookmarkTarget> paint_pages(PoDoFo::PdfMemDocument& doc, PdfResources& resources,
                                        const std::vector<PageRows>& pages, const PageGeometry& geometry,
                                        const PageFurniture& furniture, StructureMarks* marks) {
    std::vector<BookmarkTarget> targets;
    const double area_top = geometry.height - geometry.margin_top;
    const double left = geometry.margin_left;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const PoDoFo::PdfRect size(0, 0, geometry.width, geometry.height);
        PoDoFo::PdfPage* page = doc.InsertPage(size, doc.GetPageCount());
        PagePainter painter(doc, page, resources, marks);
        for (const PlacedRow& placed : pages[p].rows) {
            const Row& row = *placed.row;
            const double top = area_top - placed.top;
            if (row.bar) {
                const double extend = placed.first_on_page ? 0.0 : row.space_before;
                painter.bar(left + *row.bar, top - row.height, row.height + extend);
            }
            if (row.line && row.element >= 0)
                painter.line(*row.line, left + row.indent, top - row.baseline, row.element);
            else if (row.line)
                painter.artifact_line(*row.line, left + row.indent, top - row.baseline, Artifact::Layout);
            if (row.image != nullptr)
                painter.image(*row.image, left + row.indent, top - row.height, row.image_width, row.height,
                              row.element);
            if (row.rule_width > 0)
                painter.rule(left + row.indent, top - row.height / 2, row.rule_width, row.rule_thickness,
                             style::kRule);
            if (row.table_width > 0) painter.table_row(row, left + row.indent, top, placed.repeated);
            if (row.bookmark) targets.push_back(BookmarkTarget{*row.bookmark, static_cast<int>(p), top});
        }
        if (p < furniture.header.size() && furniture.header[p]) {
            painter.artifact_line(*furniture.header[p], left, area_top + 30, Artifact::Header);
            painter.rule(left, area_top + 22, geometry.text_width, 0.4, style::kRule);
        }
        if (p < furniture.footer.size()) {
            const TextStyle footer_style = style::footer();
            double baseline = geometry.margin_bottom - 34;
            for (const TextLine& line : furniture.footer[p]) {
                painter.artifact_line(line, left, baseline, Artifact::Footer);
                baseline -= footer_style.leading;
            }
        }
        painter.finish();
    }
    return targets;
}

}  // namespace folio::pdf
