// Feed reader: RSS 2.0, Atom 1.0 or JSON Feed 1.1 read as a collection of articles.
#pragma once

#include <string_view>

#include "formats/collection.hpp"
#include "formats/diagnostics.hpp"
#include "formats/options.hpp"

namespace folio {

// Reads a feed into a Collection: the feed's title, description (as subtitle), language, link, rights and
// authors are the book's metadata, its date the newest entry's; every entry becomes an article in feed
// order (see input/feed/feed_article.hpp). XML is parsed as safely as DocBook (no network, no external
// entities or DTDs, entity loops refused) within the nesting limit; more entries than the block limit
// are refused. Images the entries link to are left out, with one warning for the whole feed.
// Throws folio::Error, its message starting "feed: ", for input that is no feed (an HTML page, DocBook,
// folio's JSON) and for input past the limits.
Collection read_feed(std::string_view bytes, const ReadOptions& options, Diagnostics& diag);

}  // namespace folio
