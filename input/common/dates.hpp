// Recognising a printed date line ("12.09.2023", "February 20, 2024", "1er mars 2024", …) as ISO 8601.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace folio {

// The ISO 8601 date (YYYY-MM-DD) when the whole line is a date, in German, English or French
// print: numeric (12.09.2023, 5.3.2024, 2024-03-05, 2024/03/05, and 12/03/2024 read day first unless
// only month first gives a date, as in 03/25/2024) or with a month name (February 20, 2024;
// 20 February 2024; 12. September 2023; 1er mars 2024). A leading weekday, a lead-in such as
// "Stand:", "Published", "Veröffentlicht am" or "Publié le", and a trailing time ("14:30 Uhr")
// are allowed. nullopt when the line is anything else or the date does not exist.
std::optional<std::string> recognize_date(std::string_view line);

}  // namespace folio
