// DocBook 5.0 writer: the <article> element, its <info> and its body; a collection as a <book> of articles.
#include "output/docbook/docbook_writer.hpp"

#include "output/docbook/docbook_authors.hpp"
#include "output/docbook/docbook_body.hpp"
#include "output/docbook/docbook_info.hpp"
#include "output/docbook/xml_writer.hpp"

namespace folio {

namespace {

void report_repairs(const XmlTextRepairs& repairs, Diagnostics& diag) {
    if (repairs.removed_controls > 0)
        diag.warn("docbook: control characters that XML 1.0 does not allow were removed");
    if (repairs.replaced_bytes > 0) diag.warn("docbook: bytes that were not UTF-8 were replaced by U+FFFD");
    if (repairs.line_feeds > 0)
        diag.warn("docbook: line feeds inside text are written as they are but read back as spaces");
}

XmlAttributes root_attributes(const Meta& meta, Diagnostics& diag) {
    XmlAttributes root{{"xmlns", "http://docbook.org/ns/docbook"},
                       {"xmlns:xlink", "http://www.w3.org/1999/xlink"},
                       {"version", "5.0"}};
    if (!meta.lang.empty())
        root.emplace_back("xml:lang", meta.lang);
    else
        diag.warn("docbook: the article's language is unknown; xml:lang is left out");
    return root;
}

// <article> with its <info>, the kicker, the body and the authors' section.
void write_article(const Document& doc, XmlAttributes attributes, XmlWriter& xml, Diagnostics& diag) {
    xml.open("article", attributes);
    write_docbook_info(doc.meta, xml, diag);
    // The kicker as the body's first paragraph, where renderers print it (above the lead).
    if (!doc.meta.kicker.empty()) xml.line("para", {{"role", "kicker"}}, xml.escape(doc.meta.kicker));
    write_docbook_body(doc.blocks, xml, diag);
    write_docbook_authors(doc.meta, xml);
    xml.close();
}

}  // namespace

std::string write_docbook(const Document& doc, const WriteOptions& /*options*/, Diagnostics& diag) {
    XmlWriter xml;
    write_article(doc, root_attributes(doc.meta, diag), xml, diag);
    std::string out = xml.finish();
    report_repairs(xml.repairs(), diag);
    return out;
}

std::string write_docbook_collection(const Collection& book, const WriteOptions& /*options*/,
                                     Diagnostics& diag) {
    XmlWriter xml;
    xml.open("book", root_attributes(book.meta, diag));
    write_docbook_info(book.meta, xml, diag);
    for (const Document& doc : book.articles) {
        XmlAttributes attributes;
        if (!doc.meta.lang.empty()) attributes.emplace_back("xml:lang", doc.meta.lang);
        write_article(doc, attributes, xml, diag);
    }
    std::string out = xml.finish();
    report_repairs(xml.repairs(), diag);
    return out;
}

}  // namespace folio
