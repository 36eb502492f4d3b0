// RSS 2.0 (and RSS 1.0, RDF) read into the feed's common shape.
#pragma once

#include <libxml/tree.h>

#include "formats/diagnostics.hpp"
#include "formats/limits.hpp"
#include "input/feed/feed_entry.hpp"

namespace folio::feed {

// `root` is <rss> (items inside its <channel>) or RSS 1.0's <rdf:RDF> (items beside the channel).
// Channel: title, description, link, language (or dc:language), pubDate / lastBuildDate / dc:date,
// copyright, dc:creator. Item: title, link (else a permalink guid), description as the summary,
// content:encoded as the content, author and dc:creator, pubDate or dc:date, category, guid, dc:language.
// Throws folio::Error for a feed without a channel and past the entry limit.
Feed read_rss(const xmlNode* root, const Limits& limits, Diagnostics& diag);

}  // namespace folio::feed
