// Safe XML parsing with libxml2: no network, no external entities or DTDs, entity loops refused.
#pragma once

#include <libxml/tree.h>

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "formats/diagnostics.hpp"

namespace folio {

struct XmlDocFree {
    void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

// Parses `bytes` as XML following platform.md 3.2: XML_PARSE_NONET | XML_PARSE_NOENT (internal entities
// expanded) and never HUGE, DTDLOAD, DTDVALID or XINCLUDE, with a deny-all external entity loader installed
// once per process. Throws folio::Error ("line N: reason") for XML that is not well-formed, for entity
// loops or amplification (billion laughs) and for references to external entities. An external DTD is
// not loaded; that is reported as a warning, and the entities it would define are read without it: the
// HTML named character entities (&nbsp; &mdash; ...) as their characters, other names kept as text with a
// warning. `what` names the format in messages ("docbook").
XmlDocPtr parse_xml_safely(std::string_view bytes, std::string_view what, Diagnostics& diag);

// A string libxml2 allocated (attribute values, node content) as std::string, freed; "" for nullptr.
std::string take_xml_string(xmlChar* value);

// How deeply elements nest under `root` (root alone: 1), walked without recursion.
std::size_t element_depth(const xmlNode* root);

}  // namespace folio
