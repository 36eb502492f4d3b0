// libxml2 parsing hardened against external entities, external DTDs and entity expansion attacks.
#include "input/docbook/safe_xml.hpp"

#include <algorithm>

#include <libxml/SAX2.h>
#include <libxml/entities.h>
#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include "formats/markup_attributes.hpp"
#include "formats/utf8.hpp"
#include "input/common/named_entities.hpp"

namespace folio {

namespace {

// What one parse on this thread collected: the external resources refused and the errors seen.
struct ParseReport {
    std::vector<std::string> refused;
    std::vector<std::string> unknown_entities;
    std::vector<std::string> errors;
    std::vector<std::string> warnings;
};

thread_local ParseReport* current_report = nullptr;

xmlParserInputPtr deny_external_entity(const char* url, const char* /*id*/, xmlParserCtxtPtr /*context*/) {
    if (current_report) current_report->refused.emplace_back(url ? url : "(no address)");
    return nullptr;
}

void install_deny_all_loader() {
    static std::once_flag once;
    std::call_once(once, [] { xmlSetExternalEntityLoader(deny_external_entity); });
}

// Entities a document uses without defining them, as DocBook 4 and XHTML files do when their DTD is not
// loaded: the named character entities of HTML5 and of DocBook's ISO 8879 sets (nbsp, mdash, half, nbhy,
// ...) are defined on the spot with their characters; any other name is defined as its own reference text
// ("&name;") so that nothing is lost.
xmlEntityPtr entity_with_fallback(void* context, const xmlChar* name) {
    if (xmlEntityPtr entity = xmlSAX2GetEntity(context, name)) return entity;
    auto* parser = static_cast<xmlParserCtxtPtr>(context);
    xmlDoc* doc = parser->myDoc;
    if (doc == nullptr || name == nullptr || parser->inSubset != 0) return nullptr;
    std::string content;
    if (const auto known = named_entity(reinterpret_cast<const char*>(name))) {
        for (std::size_t at = 0; at < known->size();)
            content += "&#" + std::to_string(static_cast<std::uint32_t>(next_code_point(*known, at))) + ";";
    } else {
        const std::string text = reinterpret_cast<const char*>(name);
        content = "&amp;" + text + ";";
        if (current_report) current_report->unknown_entities.push_back(text);
    }
    if (doc->intSubset == nullptr && xmlCreateIntSubset(doc, nullptr, nullptr, nullptr) == nullptr)
        return nullptr;
    return xmlAddDocEntity(doc, name, XML_INTERNAL_GENERAL_ENTITY, nullptr, nullptr,
                           reinterpret_cast<const xmlChar*>(content.c_str()));
}

void collect(void* user, xmlErrorPtr error) {
    if (!error) return;
    auto* report = static_cast<ParseReport*>(user);
    std::string message = error->message ? error->message : "unknown error";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    message = "line " + std::to_string(error->line) + ": " + message;
    if (error->level == XML_ERR_WARNING)
        report->warnings.push_back(std::move(message));
    else
        report->errors.push_back(std::move(message));
}

std::string external_dtd(const xmlDoc* doc) {
    const xmlDtd* dtd = doc ? doc->intSubset : nullptr;
    if (!dtd) return {};
    if (dtd->SystemID) return reinterpret_cast<const char*>(dtd->SystemID);
    if (dtd->ExternalID) return reinterpret_cast<const char*>(dtd->ExternalID);
    return {};
}

}  // namespace

XmlDocPtr parse_xml_safely(std::string_view bytes, std::string_view what, Diagnostics& diag) {
    const std::string prefix = std::string(what) + ": ";
    if (bytes.size() > static_cast<std::size_t>(INT_MAX))
        throw Error(prefix + "the input is too large for XML");
    if (most_attributes_on_one_tag(bytes) > kMaxAttributesPerElement)
        throw Error(
            prefix + "an element has more than " + std::to_string(kMaxAttributesPerElement) +
            " attributes; refused (no real document has that many, and they would take quadratic time)");
    install_deny_all_loader();

    ParseReport report;
    xmlParserCtxtPtr parser = xmlNewParserCtxt();
    if (!parser) throw Error(prefix + "out of memory");
    parser->sax->getEntity = entity_with_fallback;
    current_report = &report;
    const xmlStructuredErrorFunc previous_handler = xmlStructuredError;
    void* const previous_context = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(&report, collect);
    XmlDocPtr doc(xmlCtxtReadMemory(
        parser, bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
        XML_PARSE_NONET | XML_PARSE_NOENT | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA));
    xmlSetStructuredErrorFunc(previous_context, previous_handler);
    current_report = nullptr;
    const bool well_formed = parser->wellFormed != 0;
    xmlFreeParserCtxt(parser);

    const std::string dtd = external_dtd(doc.get());
    for (const std::string& url : report.refused)
        if (url != dtd)
            throw Error(prefix + "the external entity \"" + url +
                        "\" is refused (folio never loads external files or network resources)");
    if (!dtd.empty())
        diag.warn(prefix + "the external DTD \"" + dtd +
                  "\" is not loaded (folio never loads external files)");
    for (const std::string& name : report.unknown_entities)
        diag.warn(prefix + "the entity &" + name + "; is not defined; it is kept as text");
    if (!doc || !well_formed)
        throw Error(prefix + "not well-formed XML, " +
                    (report.errors.empty() ? std::string("line 0: unknown error") : report.errors.front()));
    // Recoverable errors (a namespace problem, say) and warnings; the refusals above are reported already.
    for (const std::vector<std::string>* list : {&report.errors, &report.warnings})
        for (const std::string& message : *list)
            if (message.find("failed to load external entity") == std::string::npos)
                diag.warn(prefix + message);
    return doc;
}

std::size_t element_depth(const xmlNode* root) {
    std::size_t depth = 1, deepest = 1;
    const xmlNode* node = root;
    while (true) {
        if (node->type == XML_ELEMENT_NODE) deepest = std::max(deepest, depth);
        if (node->children && node->type == XML_ELEMENT_NODE) {
            node = node->children;
            ++depth;
            continue;
        }
        while (node != root && !node->next) {
            node = node->parent;
            --depth;
        }
        if (node == root) return deepest;
        node = node->next;
    }
}

std::string take_xml_string(xmlChar* value) {
    if (!value) return {};
    std::string out(reinterpret_cast<const char*>(value));
    xmlFree(value);
    return out;
}

}  // namespace folio
