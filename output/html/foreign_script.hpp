// Marking text in another script than the article's with its language (Hangul in a German article as
// <span lang="ko">), so that screen readers switch voice and reading systems pick fonts.
#pragma once

#include <string_view>

#include <pugixml.hpp>

#include "output/common/script_runs.hpp"

namespace folio {

// Wraps every run foreign_script_runs finds in the text below `root` (outside elements that already carry
// lang) in <span lang="…" xml:lang="…">.
void mark_foreign_script_runs(pugi::xml_node root, std::string_view lang);

}  // namespace folio
