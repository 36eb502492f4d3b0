// Test helpers: strict well-formedness checks of XML output with libxml2, also inside EPUB archives.
#include "tests/support/xml_check.hpp"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <zip.h>

#include <climits>
#include <memory>
#include <stdexcept>

namespace folio::test {

namespace {

void ignore_errors(void*, xmlErrorPtr) {}

bool is_xml_part(const std::string& name) {
    for (const char* suffix : {".xhtml", ".opf", ".ncx", ".xml", ".svg"})
        if (std::string_view(name).ends_with(suffix)) return true;
    return false;
}

}  // namespace

std::string xml_error(std::string_view bytes) {
    if (bytes.size() > static_cast<std::size_t>(INT_MAX)) return "line 0: too large";
    xmlParserCtxtPtr parser = xmlNewParserCtxt();
    if (parser == nullptr) return "line 0: out of memory";
    const xmlStructuredErrorFunc previous_handler = xmlStructuredError;
    void* const previous_context = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(nullptr, ignore_errors);
    xmlDocPtr doc = xmlCtxtReadMemory(parser, bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlSetStructuredErrorFunc(previous_context, previous_handler);
    std::string error;
    if (doc == nullptr || parser->wellFormed == 0) {
        const xmlError* last = xmlCtxtGetLastError(parser);
        error = "line " + std::to_string(last ? last->line : 0) + ": " +
                (last && last->message ? last->message : "not well-formed");
        while (!error.empty() && error.back() == '\n') error.pop_back();
    }
    xmlFreeDoc(doc);
    xmlFreeParserCtxt(parser);
    return error;
}

std::vector<ZipEntry> zip_entries(std::string_view archive) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
    zip_t* zip = source ? zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) : nullptr;
    if (zip == nullptr) {
        if (source) zip_source_free(source);
        const std::string reason = zip_error_strerror(&error);
        zip_error_fini(&error);
        throw std::runtime_error("not a zip archive: " + reason);
    }
    zip_error_fini(&error);
    std::vector<ZipEntry> entries;
    const zip_int64_t count = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = static_cast<zip_uint64_t>(i);
        zip_stat_t stat;
        zip_stat_index(zip, index, 0, &stat);
        ZipEntry entry{stat.name, std::string(stat.size, '\0'), stat.comp_method};
        zip_file_t* file = zip_fopen_index(zip, index, 0);
        const zip_int64_t got = file ? zip_fread(file, entry.bytes.data(), stat.size) : -1;
        if (file) zip_fclose(file);
        if (got != static_cast<zip_int64_t>(stat.size)) {
            zip_close(zip);
            throw std::runtime_error("cannot read the zip entry " + entry.name);
        }
        entries.push_back(std::move(entry));
    }
    zip_close(zip);
    return entries;
}

std::string epub_xml_error(std::string_view epub) {
    try {
        for (const ZipEntry& entry : zip_entries(epub)) {
            if (!is_xml_part(entry.name)) continue;
            const std::string error = xml_error(entry.bytes);
            if (!error.empty()) return entry.name + ": " + error;
        }
    } catch (const std::runtime_error& e) {
        return e.what();
    }
    return {};
}

}  // namespace folio::test
