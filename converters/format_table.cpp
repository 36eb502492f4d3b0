// The one table that names every format folio reads or writes.
#include "converters/format_table.hpp"

#include <algorithm>
#include <filesystem>

#include "input/docbook/docbook_reader.hpp"
#include "input/feed/feed_reader.hpp"
#include "input/html/html_reader.hpp"
#include "input/json/json_reader.hpp"
#include "input/text/text_reader.hpp"
#include "output/docbook/docbook_writer.hpp"
#include "output/epub/epub_writer.hpp"
#include "output/html/html_writer.hpp"
#include "output/json/json_writer.hpp"
#include "output/pdf/pdf_writer.hpp"
#include "output/text/text_writer.hpp"

namespace folio {

const std::vector<FormatInfo>& format_table() {
    static const std::vector<FormatInfo> table = {
        {"text",
         {".txt", ".text"},
         "text/plain",
         "plain text (reads the text export of an article page)",
         read_text,
         write_text,
         false,
         false,
         false,
         nullptr,
         write_text_collection},
        {"json",
         {".json"},
         "application/json",
         "folio's native JSON (an article, or a collection of articles)",
         read_json,
         write_json,
         false,
         false,
         false,
         read_json_collection,
         write_json_collection},
        {"docbook",
         {".xml", ".dbk"},
         "application/docbook+xml",
         "DocBook 5.0 article (the XML archive)",
         read_docbook,
         write_docbook,
         false,
         false,
         false,
         read_docbook_collection,
         write_docbook_collection},
        {"html",
         {".html", ".htm", ".xhtml"},
         "text/html",
         "HTML page (reads a saved article page; writes a standalone HTML5 page with embedded CSS)",
         read_html,
         write_html,
         false,
         true,
         true,
         nullptr,
         write_html_collection},
        {"feed",
         {".rss", ".atom"},
         "application/rss+xml",
         "RSS 2.0, Atom 1.0 or JSON Feed 1.1 (read as a collection of articles)",
         nullptr,
         nullptr,
         false,
         false,
         false,
         read_feed},
        {"epub",
         {".epub"},
         "application/epub+zip",
         "EPUB 3 ebook",
         nullptr,
         write_epub,
         true,
         true,
         false,
         nullptr,
         write_epub_collection},
        {"pdf",
         {".pdf"},
         "application/pdf",
         "typeset PDF (A4 or letter)",
         nullptr,
         write_pdf,
         true,
         true,
         false,
         nullptr,
         write_pdf_collection},
    };
    return table;
}

const FormatInfo* find_format(std::string_view name) {
    for (const FormatInfo& f : format_table())
        if (f.name == name) return &f;
    return nullptr;
}

const FormatInfo* format_for_extension(std::string_view path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    for (const FormatInfo& f : format_table())
        for (std::string_view e : f.extensions)
            if (e == ext) return &f;
    return nullptr;
}

}  // namespace folio
