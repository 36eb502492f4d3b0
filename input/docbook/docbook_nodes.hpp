// Small helpers over libxml2 nodes for the DocBook reader: names, attributes, children.
#pragma once

#include <libxml/tree.h>

#include <string>
#include <string_view>
#include <vector>

namespace folio {

inline constexpr const char* docbook_namespace = "http://docbook.org/ns/docbook";

// True for an element in the DocBook 5 namespace or in no namespace (DocBook 4 style).
bool is_docbook_element(const xmlNode* node);
// True for a DocBook element with this local name.
bool is_element(const xmlNode* node, std::string_view name);
std::string_view local_name(const xmlNode* node);

// The attribute without namespace (role, class, renderas, fileref, …); "" when absent.
std::string attribute(const xmlNode* node, const char* name);
// An attribute in a namespace, e.g. xlink:href; "" when absent.
std::string attribute_ns(const xmlNode* node, const char* name, const char* ns);

// The DocBook element children of `node`, in order.
std::vector<const xmlNode*> element_children(const xmlNode* node);
// The first DocBook child element with this name, or nullptr.
const xmlNode* first_child(const xmlNode* node, std::string_view name);

// A section-like element's title: its <title> child or <info><title>; nullptr when none.
const xmlNode* title_of(const xmlNode* node);

// True when the text is nothing but XML whitespace.
bool is_blank(std::string_view text);

}  // namespace folio
