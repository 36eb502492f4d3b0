// Telling a feed from its first bytes: an RSS or Atom root element, or a JSON Feed version.
#pragma once

#include <string>
#include <string_view>

namespace folio::feed {

// The name of the root element (with its prefix) of markup, skipping a BOM, the XML declaration,
// processing instructions, comments and a doctype with its internal subset; "" when there is none in
// the first megabyte. `start_tag` receives the root's start tag when it is not nullptr.
std::string xml_root_name(std::string_view bytes, std::string* start_tag = nullptr);

// True for RSS (an <rss> root, or RSS 1.0's <rdf:RDF> naming the RSS 1.0 namespace), Atom (a <feed>
// root in the Atom namespace) and JSON Feed (a JSON object whose "version" starts with
// "https://jsonfeed.org/version/").
bool looks_like_feed(std::string_view bytes);

}  // namespace folio::feed
