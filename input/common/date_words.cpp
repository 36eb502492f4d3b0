// Month names, weekdays and date lead-ins in German, English and French, for the date recogniser.
#include "input/common/date_words.hpp"

#include <map>
#include <set>
#include <string>

namespace folio {

int month_number(std::string_view lower_word) {
    static const std::map<std::string_view, int> months = {// German
                                                           {"januar", 1},
                                                           {"jänner", 1},
                                                           {"jän", 1},
                                                           {"februar", 2},
                                                           {"märz", 3},
                                                           {"maerz", 3},
                                                           {"mär", 3},
                                                           {"mrz", 3},
                                                           {"april", 4},
                                                           {"mai", 5},
                                                           {"juni", 6},
                                                           {"juli", 7},
                                                           {"august", 8},
                                                           {"oktober", 10},
                                                           {"okt", 10},
                                                           {"dezember", 12},
                                                           {"dez", 12},
                                                           // English
                                                           {"january", 1},
                                                           {"jan", 1},
                                                           {"february", 2},
                                                           {"feb", 2},
                                                           {"march", 3},
                                                           {"mar", 3},
                                                           {"apr", 4},
                                                           {"may", 5},
                                                           {"june", 6},
                                                           {"jun", 6},
                                                           {"july", 7},
                                                           {"jul", 7},
                                                           {"aug", 8},
                                                           {"september", 9},
                                                           {"sep", 9},
                                                           {"sept", 9},
                                                           {"october", 10},
                                                           {"oct", 10},
                                                           {"november", 11},
                                                           {"nov", 11},
                                                           {"december", 12},
                                                           {"dec", 12},
                                                           // French
                                                           {"janvier", 1},
                                                           {"janv", 1},
                                                           {"février", 2},
                                                           {"fevrier", 2},
                                                           {"févr", 2},
                                                           {"fevr", 2},
                                                           {"fév", 2},
                                                           {"mars", 3},
                                                           {"avril", 4},
                                                           {"avr", 4},
                                                           {"juin", 6},
                                                           {"juillet", 7},
                                                           {"juil", 7},
                                                           {"août", 8},
                                                           {"aout", 8},
                                                           {"septembre", 9},
                                                           {"octobre", 10},
                                                           {"novembre", 11},
                                                           {"décembre", 12},
                                                           {"decembre", 12},
                                                           {"déc", 12}};
    const auto found = months.find(lower_word);
    return found == months.end() ? 0 : found->second;
}

bool is_weekday(std::string_view lower_word) {
    static const std::set<std::string_view> days = {
        "montag",  "dienstag",  "mittwoch", "donnerstag", "freitag",  "samstag", "sonnabend", "sonntag",
        "mo",      "di",        "mi",       "do",         "fr",       "sa",      "so",        "monday",
        "tuesday", "wednesday", "thursday", "friday",     "saturday", "sunday",  "mon",       "tue",
        "tues",    "wed",       "thu",      "thur",       "thurs",    "fri",     "sat",       "sun",
        "lundi",   "mardi",     "mercredi", "jeudi",      "vendredi", "samedi",  "dimanche",  "lun",
        "mar",     "mer",       "jeu",      "ven",        "sam",      "dim"};
    return days.count(lower_word) > 0;
}

const std::vector<std::vector<std::string_view>>& date_lead_ins() {
    // Longer sequences first so "published on" wins over "published".
    static const std::vector<std::vector<std::string_view>> lead_ins = {{"zuletzt", "aktualisiert", "am"},
                                                                        {"veröffentlicht", "am"},
                                                                        {"aktualisiert", "am"},
                                                                        {"erschienen", "am"},
                                                                        {"published", "on"},
                                                                        {"updated", "on"},
                                                                        {"posted", "on"},
                                                                        {"last", "updated"},
                                                                        {"mise", "à", "jour", "le"},
                                                                        {"mis", "à", "jour", "le"},
                                                                        {"publié", "le"},
                                                                        {"paru", "le"},
                                                                        {"veröffentlicht"},
                                                                        {"aktualisiert"},
                                                                        {"erschienen"},
                                                                        {"stand"},
                                                                        {"datum"},
                                                                        {"published"},
                                                                        {"updated"},
                                                                        {"posted"},
                                                                        {"date"},
                                                                        {"publié"},
                                                                        {"le"},
                                                                        {"am"},
                                                                        {"on"}};
    return lead_ins;
}

bool is_time_word(std::string_view lower_word) {
    static const std::set<std::string_view> words = {"uhr", "h",   "am",  "pm",  "cet", "cest", "mez", "mesz",
                                                     "utc", "gmt", "bst", "est", "edt", "pst",  "pdt"};
    return words.count(lower_word) > 0;
}

}  // namespace folio
