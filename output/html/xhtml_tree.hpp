// Building and serializing XHTML trees with pugixml: safe text, element helpers, polyglot output.
#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace folio {

inline constexpr const char* xhtml_namespace = "http://www.w3.org/1999/xhtml";
inline constexpr const char* epub_namespace = "http://www.idpf.org/2007/ops";

// Appends an element; `text` (made XML-safe) becomes its content when not empty.
pugi::xml_node append_element(pugi::xml_node parent, const char* name, std::string_view text = {});

// Appends XML-safe text.
void append_text(pugi::xml_node parent, std::string_view text);

// Sets an attribute to an XML-safe value.
void set_attribute(pugi::xml_node node, const char* name, std::string_view value);

// How a document is written out.
struct XmlOutput {
    bool declaration = true;   // <?xml version="1.0" encoding="UTF-8"?>
    bool html_doctype = true;  // <!DOCTYPE html>
};

// Serializes an XHTML document that also parses as HTML5: line breaks and indentation only
// between block-level elements (never inside running text), an end tag for every empty
// non-void element (`<p></p>`, never `<p />`), void elements as `<br />`.
std::string serialize_xhtml(pugi::xml_document& doc, XmlOutput output);

// Serializes a plain XML document (package document, NCX, container) indented, with declaration.
std::string serialize_xml(const pugi::xml_document& doc);

}  // namespace folio
