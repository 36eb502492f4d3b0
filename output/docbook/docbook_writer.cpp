// DocBook 5.0 writer: the <article> element, its <info> and its body.
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

}  // namespace

std::string write_docbook(const Document& doc, const WriteOptions& /*options*/, Diagnostics& diag) {
    XmlWriter xml;
    XmlAttributes root{{"xmlns", "http://docbook.org/ns/docbook"},
                       {"xmlns:xlink", "http://www.w3.org/1999/xlink"},
                       {"version", "5.0"}};
    if (!doc.meta.lang.empty())
        root.emplace_back("xml:lang", doc.meta.lang);
    else
        diag.warn("docbook: the article's language is unknown; xml:lang is left out");
    xml.open("article", root);
    write_docbook_info(doc.meta, xml, diag);
    // The kicker as the body's first paragraph, where renderers print it (above the lead).
    if (!doc.meta.kicker.empty()) xml.line("para", {{"role", "kicker"}}, xml.escape(doc.meta.kicker));
    write_docbook_body(doc.blocks, xml, diag);
    write_docbook_authors(doc.meta, xml);
    std::string out = xml.finish();
    report_repairs(xml.repairs(), diag);
    return out;
}

}  // namespace folio
