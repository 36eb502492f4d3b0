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
    if (parts.creator.empty() && parts.holder.empty()) return;
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
    // The caption and the credit once, as the figure's title: docbook-xsl prints a title and pandoc reads
    // it as the figure's caption (it ignores <caption> in a media object).
    const bool titled = !figure.caption.empty() || !figure.credit.empty();
    xml.open(titled ? "figure" : "informalfigure");
    if (titled) {
        std::string title = docbook_inline_markup(figure.caption, xml);
        if (!figure.credit.empty()) {
            if (!title.empty()) title += ' ';
            title += "<phrase role=\"credit\">" + xml.escape(figure.credit) + "</phrase>";
        }
        xml.line("title", {}, title);
    }
    xml.open("mediaobject");
    if (!figure.credit.empty()) write_credit_info(figure.credit, xml);
    if (!figure.alt.empty()) xml.line("alt", {}, xml.escape(figure.alt));
    const bool has_image = !figure.src.empty() || !figure.image.empty();
    if (has_image) write_image(figure, number, xml, diag);
    // The alt text again as the text object, which renderers use as the image's description; without
    // an image they print it in its place, so it is left empty where the caption says the same.
    const bool printed_twice = !has_image && figure.alt == to_plain_text(figure.caption);
    if (!figure.alt.empty() || !has_image) {
        xml.open("textobject");
        xml.line("phrase", {}, printed_twice ? "" : xml.escape(figure.alt));
        xml.close();
    }
    if (!figure.media_type.empty() && !has_image)
        diag.warn("docbook: figure " + std::to_string(number) + " has a media type but no image; \"" +
                  figure.media_type + "\" is not written");
    xml.close();
    xml.close();
}

}  // namespace folio
