// The article's header: kicker, headline, subtitle, byline and date.
#pragma once

#include <pugixml.hpp>

#include "formats/meta.hpp"

namespace folio {

// Appends <header class="article-header"> with the kicker, <h1 id="title">, the subtitle, the
// byline and the date (a <time> when the date is ISO 8601).
void append_article_header(pugi::xml_node parent, const Meta& meta);

// Appends the date line (<p class="dateline">) when the article has a date.
void append_dateline(pugi::xml_node parent, const Meta& meta);

}  // namespace folio
