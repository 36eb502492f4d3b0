// Finding the article inside a whole copied web page: the run of prose with its headline above it.
#pragma once

#include "input/text/source_lines.hpp"

namespace folio {

// The lines of the article. A text copied from a whole page (menus, teasers, footers around the
// article) is cut down to the headline, the byline and date lines near it, and the run of prose
// that makes the article, which ends at a comments or "related" label; the lines between the
// headline and the prose that are no byline, date or deck are dropped. A text that is already
// just the article (a reader-view copy, a hand-made export) comes back unchanged.
SourceLines find_article(SourceLines lines);

}  // namespace folio
