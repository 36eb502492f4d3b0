// Recognising page noise in the plain-text export: language switches, reading-time lines and the page's
// controls.
#pragma once

#include <string_view>

namespace folio {

// "EN", "DE | FR", "English", "Deutsch / English", … (a line of nothing but language choices).
bool is_language_switch(std::string_view line);

// "Lesezeit: 4 Min.", "Reading time: 5 min", "Temps de lecture : 3 min", "4 min read", …
bool is_reading_time(std::string_view line);

// A line that is nothing but a control of the page: "Reply", "Share", "Advertisement", "Sign up for our
// newsletter", "Skip to content", "Antworten", "Partager", …
bool is_page_control(std::string_view line);

bool is_noise_line(std::string_view line);

}  // namespace folio
