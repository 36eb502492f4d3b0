// Writing Meta as DocBook 5 <info>.
#include "output/docbook/docbook_info.hpp"

#include <string>

#include "output/docbook/docbook_inlines.hpp"

namespace folio {

namespace {

std::string join_name(const Person& person) {
    if (person.given.empty()) return person.family;
    if (person.family.empty()) return person.given;
    return person.given + " " + person.family;
}

std::string personname_markup(const Person& person, XmlWriter& xml) {
    if (person.given.empty() && person.family.empty()) return xml.escape(person.name);
    std::string out;
    if (!person.given.empty()) out += "<firstname>" + xml.escape(person.given) + "</firstname>";
    if (!person.given.empty() && !person.family.empty()) out += ' ';  // renderers print the text as it is
    if (!person.family.empty()) out += "<surname>" + xml.escape(person.family) + "</surname>";
    if (person.name != join_name(person))
        out += "<othername role=\"display\">" + xml.escape(person.name) + "</othername>";
    return out;
}

void write_author(const Person& person, XmlWriter& xml) {
    xml.open("author");
    xml.line("personname", {}, personname_markup(person, xml));
    if (!person.bio.empty()) {
        xml.open("personblurb");
        xml.line("para", {}, docbook_inline_markup(person.bio, xml));
        xml.close();
    }
    xml.close();
}

// A URI scheme ("urn:", "https:") makes an identifier a URI for <biblioid class>.
bool has_uri_scheme(const std::string& value) {
    const std::size_t colon = value.find(':');
    if (colon == 0 || colon == std::string::npos) return false;
    for (std::size_t i = 0; i < colon; ++i) {
        const char c = value[i];
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        const bool other = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
        if (!alpha && (i == 0 || !other)) return false;
    }
    return true;
}

}  // namespace

void write_docbook_info(const Meta& meta, XmlWriter& xml, Diagnostics& diag) {
    xml.open("info");
    if (meta.title.empty()) diag.warn("docbook: the article has no title; <title> is left empty");
    xml.line("title", {}, xml.escape(meta.title));
    if (!meta.subtitle.empty()) xml.line("subtitle", {}, xml.escape(meta.subtitle));
    if (!meta.kicker.empty()) {
        xml.open("subjectset", {{"role", "kicker"}});
        xml.open("subject");
        xml.line("subjectterm", {}, xml.escape(meta.kicker));
        xml.close();
        xml.close();
    }
    for (const Person& person : meta.authors) write_author(person, xml);
    if (!meta.date.empty()) xml.line("pubdate", {}, xml.escape(meta.date));
    if (!meta.date_text.empty()) xml.line("date", {{"role", "printed"}}, xml.escape(meta.date_text));
    if (!meta.publisher.empty()) {
        xml.open("publisher");
        xml.line("publishername", {}, xml.escape(meta.publisher));
        xml.close();
    }
    if (!meta.source_url.empty())
        xml.line("biblioid", {{"class", "uri"}, {"role", "source"}}, xml.escape(meta.source_url));
    if (!meta.identifier.empty()) {
        if (has_uri_scheme(meta.identifier))
            xml.line("biblioid", {{"class", "uri"}, {"role", "identifier"}}, xml.escape(meta.identifier));
        else
            xml.line("biblioid", {{"class", "other"}, {"otherclass", "identifier"}, {"role", "identifier"}},
                     xml.escape(meta.identifier));
    }
    if (!meta.keywords.empty()) {
        xml.open("keywordset");
        for (const std::string& keyword : meta.keywords) xml.line("keyword", {}, xml.escape(keyword));
        xml.close();
    }
    if (!meta.rights.empty()) {
        xml.open("legalnotice", {{"role", "rights"}});
        xml.line("para", {}, xml.escape(meta.rights));
        xml.close();
    }
    xml.close();
}

}  // namespace folio
