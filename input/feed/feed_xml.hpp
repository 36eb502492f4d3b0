// Small helpers over libxml2 nodes for the RSS and Atom readers: names, namespaces, children, text.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace folio::feed {

inline constexpr std::string_view atom_namespace = "http://www.w3.org/2005/Atom";
inline constexpr std::string_view rss1_namespace = "http://purl.org/rss/1.0/";
inline constexpr std::string_view rdf_namespace = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view content_namespace = "http://purl.org/rss/1.0/modules/content/";
inline constexpr std::string_view dc_namespace = "http://purl.org/dc/elements/1.1/";
inline constexpr std::string_view xhtml_namespace = "http://www.w3.org/1999/xhtml";

std::string_view local_name(const xmlNode* node);
// The element's namespace URI; "" for none.
std::string_view namespace_of(const xmlNode* node);
// True for an element with this namespace URI ("" for none) and local name.
bool is_named(const xmlNode* node, std::string_view ns, std::string_view name);

// The element children, in order.
std::vector<const xmlNode*> child_elements(const xmlNode* node);
// The first child element with this namespace and local name, or nullptr.
const xmlNode* child_named(const xmlNode* node, std::string_view ns, std::string_view name);

// All the text inside the element, trimmed; "" for nullptr.
std::string text_of(const xmlNode* node);
// An attribute without namespace; "" when absent.
std::string attribute(const xmlNode* node, const char* name);
// An attribute in a namespace (rdf:about); "" when absent.
std::string attribute_in(const xmlNode* node, const char* name, std::string_view ns);
// The xml:lang in force at the node (its own or an ancestor's); "" when none.
std::string language_of(const xmlNode* node);

// The element's children written out as HTML markup (for Atom's type="xhtml" content): local names,
// attributes and text escaped. Depth is bounded by the nesting limit checked before.
std::string inner_markup(const xmlNode* node);

}  // namespace folio::feed
