// Package document: Dublin Core and EPUB 3 metadata with refinements, manifest, spine.
#include "output/epub/package_document.hpp"

#include <algorithm>

#include <pugixml.hpp>

#include "output/common/labels.hpp"
#include "output/common/summary.hpp"
#include "output/html/meta_values.hpp"
#include "output/html/xhtml_tree.hpp"

namespace folio {

namespace {

class MetadataWriter {
public:
    explicit MetadataWriter(pugi::xml_node metadata) : metadata_(metadata) {}

    pugi::xml_node dc(const char* name, const std::string& value, const std::string& id = {}) {
        pugi::xml_node element = append_element(metadata_, (std::string("dc:") + name).c_str(), value);
        if (!id.empty()) set_attribute(element, "id", id);
        return element;
    }

    pugi::xml_node property(const char* property, const std::string& value, const std::string& refines = {}) {
        pugi::xml_node element = append_element(metadata_, "meta", value);
        if (!refines.empty()) set_attribute(element, "refines", "#" + refines);
        set_attribute(element, "property", property);
        return element;
    }

private:
    pugi::xml_node metadata_;
};

void write_titles(MetadataWriter& out, const Meta& meta) {
    out.dc("title", display_title(meta), "title");
    if (meta.subtitle.empty()) return;
    out.property("title-type", "main", "title");
    out.dc("title", meta.subtitle, "subtitle");
    out.property("title-type", "subtitle", "subtitle");
}

void write_creators(MetadataWriter& out, const Meta& meta) {
    int number = 0;
    for (const Person& person : meta.authors) {
        if (person.name.empty()) continue;
        const std::string id = "creator-" + std::to_string(++number);
        out.dc("creator", person.name, id);
        set_attribute(out.property("role", "aut", id), "scheme", "marc:relators");
        if (!person.family.empty())
            out.property("file-as",
                         person.given.empty() ? person.family : person.family + ", " + person.given, id);
        out.property("display-seq", std::to_string(number), id);
    }
}

// The kicker first, then the keywords, each subject once.
void write_subjects(MetadataWriter& out, const Meta& meta) {
    std::vector<std::string> subjects;
    if (!meta.kicker.empty()) subjects.push_back(meta.kicker);
    for (const std::string& keyword : meta.keywords)
        if (!keyword.empty() && std::find(subjects.begin(), subjects.end(), keyword) == subjects.end())
            subjects.push_back(keyword);
    for (const std::string& subject : subjects) out.dc("subject", subject);
}

// The accessibility summary in the book's language (de, en, fr).
std::string accessibility_summary(std::string_view lang, bool figure_images) {
    if (lang == "de")
        return std::string("Der Artikel ist mit Überschriften gegliedert und hat ein Inhaltsverzeichnis. ") +
               (figure_images ? "Bilder haben einen Alternativtext oder eine Bildunterschrift; "
                              : "Bilder sind durch ihre Bildunterschriften beschrieben; ") +
               "Bildunterschriften, Bildnachweise und Autorenbiografien sind Text. Keine Gefahren.";
    if (lang == "fr")
        return std::string("L’article est structuré par des titres et a une table des matières. ") +
               (figure_images ? "Les images ont un texte de remplacement ou une légende ; "
                              : "Les images sont décrites par leurs légendes ; ") +
               "légendes, crédits photo et biographies des auteurs sont du texte. Aucun danger.";
    return std::string("The article is structured with headings and has a table of contents. ") +
           (figure_images ? "Images have alternative text or a caption; "
                          : "Images are described by their captions; ") +
           "captions, photo credits and author biographies are text. No hazards.";
}

void write_accessibility(MetadataWriter& out, const PackageFacts& facts) {
    out.property("schema:accessMode", "textual");
    out.property("schema:accessMode", "visual");  // the cover is an image
    out.property("schema:accessModeSufficient", "textual");
    out.property("schema:accessibilityFeature", "structuralNavigation");
    out.property("schema:accessibilityFeature", "tableOfContents");
    out.property("schema:accessibilityFeature", "readingOrder");
    out.property("schema:accessibilityFeature", "alternativeText");
    out.property("schema:accessibilityFeature", "displayTransformability");
    out.property("schema:accessibilityHazard", "none");
    const std::string_view lang = label_language(facts.lang);
    set_attribute(
        out.property("schema:accessibilitySummary", accessibility_summary(lang, facts.figure_images)),
        "xml:lang", lang);
    // A self-declaration (no a11y:certifiedBy): the book meets EPUB Accessibility 1.1 at WCAG 2.2 AA,
    // as DAISY Ace checks it in the test suite.
    out.property("dcterms:conformsTo", "EPUB Accessibility 1.1 - WCAG 2.2 Level AA");
}

void write_metadata(pugi::xml_node package, const Document& doc, const PackageFacts& facts, bool cover_image,
                    Diagnostics& diag) {
    const Meta& meta = doc.meta;
    pugi::xml_node metadata = package.append_child("metadata");
    set_attribute(metadata, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
    MetadataWriter out(metadata);
    out.dc("identifier", facts.identifier, "pub-id");
    write_titles(out, meta);
    write_creators(out, meta);
    out.dc("language", facts.lang);
    write_subjects(out, meta);
    const std::string summary = article_summary(doc);
    if (!summary.empty()) out.dc("description", summary);
    if (is_w3c_date(meta.date))
        out.dc("date", meta.date);
    else if (!meta.date.empty())
        diag.warn("EPUB: the date \"" + meta.date + "\" is not ISO 8601; dc:date is left out");
    if (!meta.publisher.empty()) out.dc("publisher", meta.publisher);
    if (!meta.source_url.empty()) out.dc("source", meta.source_url);
    if (!meta.rights.empty()) out.dc("rights", meta.rights);
    out.property("dcterms:modified", facts.modified);
    write_accessibility(out, facts);
    if (cover_image) {
        pugi::xml_node legacy = metadata.append_child("meta");
        set_attribute(legacy, "name", "cover");
        set_attribute(legacy, "content", "cover-image");
    }
}

}  // namespace

std::string package_document(const Document& doc, const PackageFacts& facts,
                             const std::vector<ManifestItem>& items, Diagnostics& diag) {
    pugi::xml_document tree;
    pugi::xml_node package = tree.append_child("package");
    set_attribute(package, "xmlns", "http://www.idpf.org/2007/opf");
    set_attribute(package, "version", "3.0");
    set_attribute(package, "unique-identifier", "pub-id");
    set_attribute(package, "xml:lang", facts.lang);

    const bool cover_image = std::any_of(items.begin(), items.end(), [](const ManifestItem& item) {
        return item.id == "cover-image" && item.properties == "cover-image";
    });
    write_metadata(package, doc, facts, cover_image, diag);

    pugi::xml_node manifest = package.append_child("manifest");
    for (const ManifestItem& item : items) {
        pugi::xml_node element = manifest.append_child("item");
        set_attribute(element, "id", item.id);
        set_attribute(element, "href", item.href);
        set_attribute(element, "media-type", item.media_type);
        if (!item.properties.empty()) set_attribute(element, "properties", item.properties);
    }
    pugi::xml_node spine = package.append_child("spine");
    set_attribute(spine, "toc", "ncx");
    for (const ManifestItem& item : items)
        if (item.in_spine) set_attribute(spine.append_child("itemref"), "idref", item.id);
    return serialize_xml(tree);
}

}  // namespace folio
