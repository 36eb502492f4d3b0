// Writing figures (image, alt text, caption, credit) as DocBook 5.
#include "output/docbook/docbook_figure.hpp"

#include <array>
#include <string>
#include <utility>

#include "formats/credit.hpp"
#include "output/docbook/docbook_inlines.hpp"

namespace folio {

namespace {

struct ImageFormat {
    const char* media_type;
    const char* notation;  // DocBook's format attribute
    const char* extension;
};

constexpr std::array<ImageFormat, 5> image_formats = {{{"image/jpeg", "JPG", "jpg"},
                                                       {"image/png", "PNG", "png"},
                                                       {"image/gif", "GIF", "gif"},
                                                       {"image/svg+xml", "SVG", "svg"},
                                                       {"image/webp", "WEBP", "webp"}}};

const ImageFormat* find_format(const std::string& media_type) {
    for (const ImageFormat& format : image_formats)
        if (media_type == format.media_type) return &format;
    return nullptr;
}

void write_credit_info(const std::string& credit, XmlWriter& xml) {
    const CreditParts parts = parse_credit(credit);
    xml.open("info");
    if (!parts.creator.empty()) {
        xml.open("othercredit", {{"class", "other"}, {"otherclass", "photographer"}});
        xml.line("personname", {}, xml.escape(parts.creator));
        xml.close();
    }
    if (!parts.holder.empty()) {
        xml.open("othercredit", {{"class", "other"}, {"otherclass", "rightsholder"}});
        xml.line("orgname", {}, xml.escape(parts.holder));
        xml.close();
    }
    xml.line("bibliomisc", {{"role", "credit"}}, xml.escape(credit));
    xml.close();
}

void write_image(const Figure& figure, std::size_t number, XmlWriter& xml, Diagnostics& diag) {
    const ImageFormat* format = find_format(figure.media_type);
    std::string fileref = figure.src;
    if (fileref.empty()) {
        fileref = "images/figure-" + std::to_string(number) + "." + (format ? format->extension : "img");
        diag.warn("docbook: figure " + std::to_string(number) +
                  " has image bytes but no source; it refers to \"" + fileref +
                  "\", which must be saved beside the XML");
    }
    XmlAttributes attributes{{"fileref", fileref}};
    if (format)
        attributes.emplace_back("format", format->notation);
    else if (!figure.media_type.empty())
        attributes.emplace_back("format", figure.media_type);
    xml.open("imageobject");
    xml.empty("imagedata", attributes);
    xml.close();
}

}  // namespace

void write_docbook_figure(const Figure& figure, std::size_t number, XmlWriter& xml, Diagnostics& diag) {
    const bool titled = !figure.caption.empty();
    const std::string caption = docbook_inline_markup(figure.caption, xml);
    xml.open(titled ? "figure" : "informalfigure");
    if (titled) xml.line("title", {}, caption);
    xml.open("mediaobject");
    if (!figure.credit.empty()) write_credit_info(figure.credit, xml);
    const bool has_image = !figure.src.empty() || !figure.image.empty();
    if (has_image) write_image(figure, number, xml, diag);
    if (!figure.alt.empty() || !has_image) {
        xml.open("textobject");
        xml.line("phrase", {}, xml.escape(figure.alt));
        xml.close();
    }
    if (!figure.media_type.empty() && !has_image)
        diag.warn("docbook: figure " + std::to_string(number) + " has a media type but no image; \"" +
                  figure.media_type + "\" is not written");
    if (titled || !figure.credit.empty()) {
        std::string visible = caption;
        if (!figure.credit.empty()) {
            if (!visible.empty()) visible += ' ';
            visible += "<phrase role=\"credit\">" + xml.escape(figure.credit) + "</phrase>";
        }
        xml.open("caption");
        xml.line("para", {}, visible);
        xml.close();
    }
    xml.close();
    xml.close();
}

}  // namespace folio
