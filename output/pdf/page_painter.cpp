// Drawing laid-out pages with PoDoFo: text runs, the image, rules, bars, links, running header and footer.
#include "output/pdf/page_painter.hpp"

#include <podofo/podofo.h>

#include <mutex>
#include <optional>

#include "formats/block.hpp"
#include "output/pdf/kerned_text.hpp"

namespace folio::pdf {

namespace {

PoDoFo::PdfString utf8_string(const std::string& text) {
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str()));
}

class PagePainter {
public:
    PagePainter(PoDoFo::PdfMemDocument& doc, PoDoFo::PdfPage* page, PdfResources& resources)
        : doc_(doc), page_(page), resources_(resources) {
        painter_.SetPage(page);
    }
    ~PagePainter() { painter_.FinishPage(); }
    PagePainter(const PagePainter&) = delete;
    PagePainter& operator=(const PagePainter&) = delete;

    void line(const TextLine& text, double left, double baseline) {
        for (const PlacedRun& run : text.runs) {
            if (run.text.empty()) continue;
            PoDoFo::PdfFont* font = resources_.font(run.font, text.size);
            painter_.SetFont(font);
            fill_color(run.link >= 0 ? style::kLink : text.color);
            if (run.kerns.empty())
                painter_.DrawText(left + run.x, baseline, utf8_string(run.text));
            else
                draw_kerned_text(painter_, *font, left + run.x, baseline, run.text, run.kerns);
            if (run.link >= 0) link(run, text, left, baseline);
        }
    }

    void rule(double x, double y, double width, double thickness, Color color) {
        painter_.SetStrokingColor(color.r, color.g, color.b);
        painter_.SetStrokeWidth(thickness);
        painter_.DrawLine(x, y, x + width, y);
    }

    void bar(double x, double bottom, double height) {
        fill_color(style::kRule);
        painter_.Rectangle(x, bottom, style::kBarWidth, height);
        painter_.Fill();
    }

    void image(const Figure& figure, double x, double bottom, double width, double height) {
        PoDoFo::PdfImage* img = resources_.image(figure);
        if (img == nullptr) {
            painter_.SetStrokingColor(style::kRule.r, style::kRule.g, style::kRule.b);
            painter_.SetStrokeWidth(0.6);
            painter_.Rectangle(x, bottom, width, height);
            painter_.Stroke();
            return;
        }
        painter_.DrawImage(x, bottom, img, width / img->GetWidth(), height / img->GetHeight());
    }

private:
    // Sets the fill colour only when it changes: one operator instead of one per run.
    void fill_color(Color color) {
        if (fill_ == color) return;
        painter_.SetColor(color.r, color.g, color.b);
        fill_ = color;
    }

    void link(const PlacedRun& run, const TextLine& text, double left, double baseline) {
        const PoDoFo::PdfRect rect(left + run.x, baseline - text.size * 0.25, run.width, text.size * 1.1);
        PoDoFo::PdfAnnotation* annotation = nullptr;
        {
            const std::lock_guard lock(podofo_date_mutex());
            annotation = page_->CreateAnnotation(PoDoFo::ePdfAnnotation_Link, rect);
        }
        // PoDoFo stamps the annotation with the current time (/M, optional): drop it for reproducible bytes.
        annotation->GetObject()->GetDictionary().RemoveKey(PoDoFo::PdfName("M"));
        annotation->SetBorderStyle(0, 0, 0);
        PoDoFo::PdfAction action(PoDoFo::ePdfAction_URI, &doc_);
        action.SetURI(utf8_string(text.links[static_cast<std::size_t>(run.link)]));
        annotation->SetAction(action);
    }

    PoDoFo::PdfMemDocument& doc_;
    PoDoFo::PdfPage* page_;
    PdfResources& resources_;
    PoDoFo::PdfPainter painter_;
    std::optional<Color> fill_;  // the fill colour set on the page, none yet at its start
};

}  // namespace

std::vector<BookmarkTarget> paint_pages(PoDoFo::PdfMemDocument& doc, PdfResources& resources,
                                        const std::vector<PageRows>& pages, const PageGeometry& geometry,
                                        const PageFurniture& furniture) {
    std::vector<BookmarkTarget> targets;
    const double area_top = geometry.height - geometry.margin_top;
    const double left = geometry.margin_left;
    for (std::size_t p = 0; p < pages.size(); ++p) {
        const PoDoFo::PdfRect size(0, 0, geometry.width, geometry.height);
        PoDoFo::PdfPage* page = doc.InsertPage(size, doc.GetPageCount());
        PagePainter painter(doc, page, resources);
        for (const PlacedRow& placed : pages[p].rows) {
            const Row& row = *placed.row;
            const double top = area_top - placed.top;
            if (row.bar) {
                const double extend = placed.first_on_page ? 0.0 : row.space_before;
                painter.bar(left + *row.bar, top - row.height, row.height + extend);
            }
            if (row.line) painter.line(*row.line, left + row.indent, top - row.baseline);
            if (row.image != nullptr)
                painter.image(*row.image, left + row.indent, top - row.height, row.image_width, row.height);
            if (row.rule_width > 0)
                painter.rule(left + row.indent, top - row.height / 2, row.rule_width, row.rule_thickness,
                             style::kRule);
            if (row.bookmark) targets.push_back(BookmarkTarget{*row.bookmark, static_cast<int>(p), top});
        }
        if (p > 0 && !furniture.header.empty()) {
            painter.line(furniture.header.front(), left, area_top + 30);
            painter.rule(left, area_top + 22, geometry.text_width, 0.4, style::kRule);
        }
        if (p < furniture.footer.size()) {
            const TextStyle footer_style = style::footer();
            double baseline = geometry.margin_bottom - 34;
            for (const TextLine& line : furniture.footer[p]) {
                painter.line(line, left, baseline);
                baseline -= footer_style.leading;
            }
        }
    }
    return targets;
}

}  // namespace folio::pdf
