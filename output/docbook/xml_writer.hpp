// A small pretty-printing XML emitter: structure indented line by line, mixed content kept on one line.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "output/docbook/xml_text.hpp"

namespace folio {

using XmlAttributes = std::vector<std::pair<std::string, std::string>>;

class XmlWriter {
public:
    XmlWriter();

    // <name attributes> on its own line; the content follows indented until close().
    void open(std::string_view name, const XmlAttributes& attributes = {});
    void close();
    // <name attributes>markup</name> on one line; `markup` is escaped inline XML (see escape()).
    void line(std::string_view name, const XmlAttributes& attributes, std::string_view markup);
    // <name attributes/> on its own line.
    void empty(std::string_view name, const XmlAttributes& attributes = {});

    std::string escape(std::string_view text) { return escape_xml_text(text, repairs_); }
    std::string start_tag(std::string_view name, const XmlAttributes& attributes, bool self_closing = false);
    const XmlTextRepairs& repairs() const { return repairs_; }

    // Closes what is still open and returns the document.
    std::string finish();

private:
    void indent();

    std::string out_;
    std::vector<std::string> open_;
    XmlTextRepairs repairs_;
};

}  // namespace folio
