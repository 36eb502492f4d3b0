// The frame of every XHTML content document in the book: namespaces, language, head, body.
#pragma once

#include <string>
#include <string_view>

#include <pugixml.hpp>

namespace folio {

inline constexpr std::string_view stylesheet_path = "style.css";

// Fills `tree` with <html> (XHTML and epub namespaces, lang and xml:lang), a <head> with the
// charset, the title and the stylesheet link, and returns the <body> (with epub:type when
// `body_type` is not empty).
pugi::xml_node start_content_document(pugi::xml_document& tree, std::string_view lang, std::string_view title,
                                      std::string_view body_type);

// The document as bytes: XML declaration, <!DOCTYPE html>, polyglot markup.
std::string finish_content_document(pugi::xml_document& tree);

}  // namespace folio
