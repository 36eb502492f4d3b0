// RELAX NG validation of DocBook with libxml2, the schema loaded once per process.
#include "output/docbook/docbook_validate.hpp"

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>

#include <climits>
#include <fstream>
#include <iterator>
#include <memory>
#include <mutex>

namespace folio {

namespace {

struct Schema {
    xmlRelaxNGPtr grammar = nullptr;
    std::string error;  // why the schema could not be loaded
};

void collect_error(void* user, xmlErrorPtr error) {
    if (!error || error->level == XML_ERR_WARNING) return;
    auto* errors = static_cast<std::vector<std::string>*>(user);
    std::string message = error->message ? error->message : "unknown error";
    while (!message.empty() && message.back() == '\n') message.pop_back();
    errors->push_back("line " + std::to_string(error->line) + ": " + message);
}

// Read from memory so that no external entity loader (folio installs a deny-all one) is involved.
Schema load_schema() {
    Schema schema;
    std::ifstream in(docbook_schema_path, std::ios::binary);
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (text.empty()) {
        schema.error = std::string("the DocBook schema ") + docbook_schema_path + " cannot be read";
        return schema;
    }
    std::vector<std::string> errors;
    xmlRelaxNGParserCtxtPtr parser = xmlRelaxNGNewMemParserCtxt(text.data(), static_cast<int>(text.size()));
    xmlRelaxNGSetParserStructuredErrors(parser, collect_error, &errors);
    schema.grammar = xmlRelaxNGParse(parser);
    xmlRelaxNGFreeParserCtxt(parser);
    if (!schema.grammar)
        schema.error = std::string("the DocBook schema ") + docbook_schema_path + " does not compile" +
                       (errors.empty() ? "" : ": " + errors.front());
    return schema;
}

const Schema& shared_schema() {
    static const Schema schema = load_schema();
    return schema;
}

struct DocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

std::unique_ptr<xmlDoc, DocFree> parse(std::string_view xml, std::vector<std::string>& errors) {
    if (xml.size() > static_cast<std::size_t>(INT_MAX)) {
        errors.emplace_back("line 0: the document is too large to validate");
        return nullptr;
    }
    xmlParserCtxtPtr parser = xmlNewParserCtxt();
    if (!parser) {
        errors.emplace_back("line 0: out of memory");
        return nullptr;
    }
    const xmlStructuredErrorFunc previous_handler = xmlStructuredError;
    void* const previous_context = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(&errors, collect_error);
    xmlDoc* doc = xmlCtxtReadMemory(parser, xml.data(), static_cast<int>(xml.size()), "docbook.xml", nullptr,
                                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlSetStructuredErrorFunc(previous_context, previous_handler);
    const bool well_formed = parser->wellFormed != 0;
    xmlFreeParserCtxt(parser);
    if (doc && !well_formed) {
        xmlFreeDoc(doc);
        doc = nullptr;
    }
    if (!doc && errors.empty()) errors.emplace_back("line 0: not well-formed XML");
    return std::unique_ptr<xmlDoc, DocFree>(doc);
}

}  // namespace

std::vector<std::string> validate_docbook(std::string_view xml) {
    const Schema& schema = shared_schema();
    if (!schema.grammar) return {schema.error};
    std::vector<std::string> errors;
    const auto doc = parse(xml, errors);
    if (!doc) return errors;

    static std::mutex validation;
    const std::lock_guard<std::mutex> lock(validation);
    xmlRelaxNGValidCtxtPtr context = xmlRelaxNGNewValidCtxt(schema.grammar);
    xmlRelaxNGSetValidStructuredErrors(context, collect_error, &errors);
    const int result = xmlRelaxNGValidateDoc(context, doc.get());
    xmlRelaxNGFreeValidCtxt(context);
    if (result != 0 && errors.empty()) errors.emplace_back("line 0: the document is not valid DocBook 5.0");
    return errors;
}

}  // namespace folio
