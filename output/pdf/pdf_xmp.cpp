// The XMP metadata stream of a tagged PDF: the Info dictionary's values in XMP, and the PDF/UA-1 claim.
#include <podofo/podofo.h>

#include "output/common/build_time.hpp"
#include "output/docbook/xml_text.hpp"
#include "output/pdf/pdf_metadata.hpp"

namespace folio::pdf {

namespace {

class XmpText {
public:
    std::string escape(const std::string& text) { return escape_xml_text(text, repairs_); }

private:
    XmlTextRepairs repairs_;
};

}  // namespace

void set_xmp_metadata(PoDoFo::PdfMemDocument& doc, const DocumentInfo& info) {
    XmpText xml;
    std::string x =
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
        "xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
        "<dc:format>application/pdf</dc:format>\n";
    auto alt = [&](const char* name, const std::string& value) {
        if (!value.empty())
            x += std::string("<") + name + "><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml.escape(value) +
                 "</rdf:li></rdf:Alt></" + name + ">\n";
    };
    alt("dc:title", info.title);
    if (!info.authors.empty()) {
        x += "<dc:creator><rdf:Seq>";
        for (const std::string& author : info.authors) x += "<rdf:li>" + xml.escape(author) + "</rdf:li>";
        x += "</rdf:Seq></dc:creator>\n";
    }
    alt("dc:description", info.subject);
    if (!info.lang.empty())
        x += "<dc:language><rdf:Bag><rdf:li>" + xml.escape(info.lang) + "</rdf:li></rdf:Bag></dc:language>\n";
    if (!info.keywords.empty()) x += "<pdf:Keywords>" + xml.escape(info.keywords) + "</pdf:Keywords>\n";
    x += "<pdf:Producer>" + xml.escape(info.producer) + "</pdf:Producer>\n";
    x += "<xmp:CreatorTool>" + xml.escape(info.creator) + "</xmp:CreatorTool>\n";
    if (info.when) {
        const std::string date = w3c_utc_timestamp(*info.when);
        x += "<xmp:CreateDate>" + date + "</xmp:CreateDate>\n<xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n";
    }
    x += "<pdfuaid:part>1</pdfuaid:part>\n"
         "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";

    PoDoFo::PdfObject* stream = doc.GetObjects().CreateObject("Metadata");
    stream->GetDictionary().AddKey(PoDoFo::PdfName("Subtype"), PoDoFo::PdfName("XML"));
    // Uncompressed, so that tools that do not parse PDF can find it.
    stream->GetStream()->Set(x.data(), static_cast<PoDoFo::pdf_long>(x.size()), PoDoFo::TVecFilters());
    doc.GetCatalog()->GetDictionary().AddKey(PoDoFo::PdfName("Metadata"), stream->Reference());
}

}  // namespace folio::pdf
