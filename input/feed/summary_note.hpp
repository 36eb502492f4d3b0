// The note closing an article the feed gives only a summary of, in the article's language.
#pragma once

#include <string_view>

#include "formats/block.hpp"

namespace folio::feed {

// "The feed holds only a summary of this article. The whole article: LINK" in German, English or French
// by `lang` (English for any other), the link as a link; without a link, the first sentence alone.
Note summary_note(std::string_view lang, std::string_view link);

}  // namespace folio::feed
