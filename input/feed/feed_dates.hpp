// Feed dates: RFC 822 (RSS pubDate) and ISO 8601 / RFC 3339 (Atom, JSON Feed) read as a calendar date.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace folio::feed {

// The date (YYYY-MM-DD, as the feed's own time zone has it) of an RFC 822 / RFC 2822 date such as
// "Tue, 10 Jun 2003 04:00:00 GMT" (weekday optional, English month names, two-digit years read as RFC 2822
// does) or of an ISO 8601 date or date-time such as "2003-12-13T18:30:02Z"; else the printed dates the
// article readers know ("12.09.2023"). nullopt when the text is none of these or the day does not exist.
std::optional<std::string> feed_date(std::string_view text);

}  // namespace folio::feed
