// Month names, weekdays and date lead-ins in German, English and French, for the date recogniser.
#pragma once

#include <string_view>
#include <vector>

namespace folio {

// 1..12 for a lower-case month name or abbreviation (without its period), 0 otherwise.
int month_number(std::string_view lower_word);

// True for a lower-case weekday name or abbreviation (without its period).
bool is_weekday(std::string_view lower_word);

// Lead-ins that may precede a date, as lower-case word sequences ("veröffentlicht am", "stand").
const std::vector<std::vector<std::string_view>>& date_lead_ins();

// Lower-case words that may follow a time of day ("uhr", "pm", "cet", …).
bool is_time_word(std::string_view lower_word);

}  // namespace folio
