// The SVG 1.1 vocabulary an EPUB 3 image may use: elements, their children and attributes, and the values
// of enumerated attributes, as epubcheck's schema allows them (table made by tools/gen/svg_vocabulary.py).
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>

namespace folio {

struct SvgElementVocabulary {
    std::unordered_set<std::string_view> children;    // SVG elements allowed inside
    std::unordered_set<std::string_view> attributes;  // "xlink:href", "xml:lang", or a name in no namespace
    std::unordered_set<std::string_view> required;    // attributes the element is invalid without
    bool holds_text = false;                          // character data allowed inside
};

// The vocabulary of the SVG element `name`, or null for an element a book's image does not keep (unknown,
// scripting, animation, interaction).
const SvgElementVocabulary* svg_element_vocabulary(std::string_view name);

// Whether `value` is one the attribute may take on the element: any value, unless the schema enumerates
// them, or restricts the datatype (id, language tags, preserveAspectRatio).
bool svg_attribute_value_allowed(std::string_view element, std::string_view attribute,
                                 std::string_view value);

}  // namespace folio
