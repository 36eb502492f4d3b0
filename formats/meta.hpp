// Article metadata of the document model: title block, language, date, authors and their bios.
#pragma once

#include <string>
#include <vector>

#include "formats/inline.hpp"

namespace folio {

struct Person {
    std::string name;    // as printed
    std::string given;   // "" when the name does not split cleanly
    std::string family;  // "" when the name does not split cleanly
    Inlines bio;         // the whole bio paragraph; empty when none
    friend bool operator==(const Person&, const Person&) = default;
};

// Every string is "" when absent.
struct Meta {
    std::string title;
    std::string subtitle;
    std::string kicker;     // the topic line above the headline
    std::string lang;       // BCP 47, e.g. "de"
    std::string date;       // ISO 8601, e.g. "2024-03-05"
    std::string date_text;  // as printed, e.g. "05.03.2024"
    std::vector<Person> authors;
    std::string publisher;
    std::string source_url;
    std::vector<std::string> keywords;
    std::string rights;
    std::string identifier;
    friend bool operator==(const Meta&, const Meta&) = default;
};

}  // namespace folio
