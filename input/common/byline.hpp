// Byline lines ("Von Anna Berg und Jonas Ott", "By A and B | March 4, 2024", "OLA BERGMAN"): telling
// them and reading them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio {

// Whether the text starts with a byline marker: "Von ", "By ", "Par ", "Posted by ", "Door ", "Av ", …,
// or with a date and then one ("Tuesday 15 October 2019 by Anna Berg").
bool starts_like_byline(std::string_view text);

// The people a byline names: the marker removed, the line cut at the first separator ("|", "·",
// " – ", …) that may lead to a date or place, then split into names; only what looks like a
// person's name is kept ("Von Anna Berg, Berlin" gives "Anna Berg").
std::vector<std::string> byline_names(std::string_view line);

// The people a line names that is nothing but names, without a marker ("Mara Lind", "OLA
// BERGMAN", "Lena Vogt, Ana Souza", "Tomas Holm - Apr 16, 2015", "Anna Berg, Staff Writer"):
// the names before the first part that is no name (a role, site, place or date); empty when the line
// does not start with a name.
std::vector<std::string> name_line_names(std::string_view line);

// The date printed after a separator at the end of a byline ("By A | March 4, 2024") or before its
// marker ("Saturday 12 October 2019 by A"), or "".
std::string byline_date_text(std::string_view line);

// A byline that says it is one: with a marker ("By …") or a date after the names ("Anna Berg | 4 May").
bool is_marked_byline(std::string_view line);

}  // namespace folio
