// Recognising page noise in the plain-text export: language switches, reading-time lines and the page's
// controls.
#include "input/text/noise.hpp"

#include <set>
#include <string>
#include <vector>

#include "input/common/utf8.hpp"

namespace folio {

namespace {

// Splits at white space and at the separators a language menu or a reading-time line uses.
std::vector<std::string> menu_tokens(std::string_view line) {
    static const std::set<char32_t> separators = {U'|', U'/', U'·', U'•', U',', U'-', U'–', U'—',
                                                  U':', U'(', U')', U'[', U']', U'~', U'⏱'};
    std::vector<std::string> tokens;
    std::string current;
    std::size_t pos = 0;
    while (pos < line.size()) {
        const std::size_t start = pos;
        const char32_t c = next_code_point(line, pos);
        if (is_space(c) || separators.count(c) > 0) {
            if (!current.empty()) tokens.push_back(std::move(current));
            current.clear();
        } else {
            current.append(line.substr(start, pos - start));
        }
    }
    if (!current.empty()) tokens.push_back(std::move(current));
    return tokens;
}

bool is_language_choice(const std::string& token) {
    static const std::set<std::string_view> codes = {"EN", "DE", "FR", "ES", "IT", "NL", "PL", "PT", "RU",
                                                     "UK", "KO", "JA", "ZH", "AR", "TR", "EL", "CS", "DA",
                                                     "SV", "FI", "HU", "RO", "BG", "HR", "SK", "SL"};
    static const std::set<std::string_view> names = {
        "english",   "deutsch", "français",   "francais", "español", "italiano", "nederlands", "polski",
        "português", "русский", "українська", "한국어",   "日本語",  "中文",     "العربية",    "türkçe"};
    return codes.count(token) > 0 || names.count(to_lower(token)) > 0;
}

}  // namespace

bool is_language_switch(std::string_view line) {
    if (code_point_count(line) > 60) return false;
    const auto tokens = menu_tokens(line);
    if (tokens.empty()) return false;
    for (const auto& token : tokens) {
        if (!is_language_choice(token)) return false;
    }
    return true;
}

bool is_reading_time(std::string_view line) {
    if (code_point_count(line) > 50) return false;
    static const std::set<std::string_view> reading = {"lesezeit", "lesedauer", "reading", "read",
                                                       "lecture",  "temps",     "durée"};
    static const std::set<std::string_view> filler = {"time",  "de",      "ca",     "ca.",      "env.",
                                                      "about", "approx.", "minute", "minutes",  "minuten",
                                                      "min",   "min.",    "mins",   "minutes.", "minuten."};
    static const std::set<std::string_view> units = {"min",     "min.",     "mins",    "minute",
                                                     "minutes", "minutes.", "minuten", "minuten."};
    bool has_reading = false, has_unit = false;
    int numbers = 0;
    for (const auto& raw : menu_tokens(to_lower(line))) {
        const std::string_view token = raw;
        if (reading.count(token) > 0) {
            has_reading = true;
        } else if (token.find_first_not_of("0123456789") == std::string_view::npos) {
            ++numbers;
        } else if (filler.count(token) == 0) {
            return false;
        }
        has_unit = has_unit || units.count(token) > 0;
    }
    return has_reading && has_unit && numbers >= 1 && numbers <= 2;
}

bool is_page_control(std::string_view line) {
    if (code_point_count(line) > 40) return false;
    static const std::set<std::string_view> controls = {"reply",
                                                        "share",
                                                        "tweet",
                                                        "save",
                                                        "found this helpful",
                                                        "was this helpful",
                                                        "was this article helpful",
                                                        "advertisement",
                                                        "sign up for our newsletter",
                                                        "subscribe to our newsletter",
                                                        "skip to content",
                                                        "skip to main content",
                                                        "skip navigation",
                                                        "antworten",
                                                        "teilen",
                                                        "anzeige",
                                                        "werbung",
                                                        "répondre",
                                                        "partager",
                                                        "publicité",
                                                        "responder",
                                                        "compartir",
                                                        "publicidad",
                                                        "rispondi",
                                                        "condividi",
                                                        "pubblicità"};
    std::string words;
    for (const auto& token : menu_tokens(to_lower(line))) words += (words.empty() ? "" : " ") + token;
    return controls.count(words) > 0;
}

bool is_noise_line(std::string_view line) {
    return is_language_switch(line) || is_reading_time(line) || is_page_control(line);
}

}  // namespace folio
