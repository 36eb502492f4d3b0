// Reading RSS, Atom and JSON Feed dates as ISO 8601 calendar dates.
#include "input/feed/feed_dates.hpp"

#include <array>
#include <cctype>

#include "input/common/dates.hpp"
#include "input/common/utf8.hpp"

namespace folio::feed {

namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

std::optional<std::string> calendar_date(int year, int month, int day) {
    static constexpr std::array<int, 12> days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return std::nullopt;
    const int last = days[static_cast<std::size_t>(month - 1)] + (month == 2 && is_leap(year) ? 1 : 0);
    if (day > last) return std::nullopt;
    std::string out = std::to_string(year);
    out.insert(0, 4 - out.size(), '0');
    for (const int part : {month, day}) out += (part < 10 ? "-0" : "-") + std::to_string(part);
    return out;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Reads 1..max_digits digits at `at`; -1 when there is none.
int read_number(std::string_view text, std::size_t& at, std::size_t max_digits) {
    int value = 0;
    std::size_t digits = 0;
    while (at < text.size() && is_digit(text[at]) && digits < max_digits) {
        value = value * 10 + (text[at] - '0');
        ++at;
        ++digits;
    }
    return digits == 0 ? -1 : value;
}

std::size_t digits_at(std::string_view text, std::size_t at) {
    std::size_t n = 0;
    while (at + n < text.size() && is_digit(text[at + n])) ++n;
    return n;
}

void skip_spaces(std::string_view text, std::size_t& at) {
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
}

// The month of an English month name or its first three letters, any case; 0 when none.
int month_of(std::string_view word) {
    static constexpr std::array<std::string_view, 12> names = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    if (word.size() < 3) return 0;
    std::string lower;
    for (const char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower.ends_with('.')) lower.pop_back();
    for (std::size_t i = 0; i < names.size(); ++i)
        if (names[i].starts_with(lower) && (lower.size() == 3 || lower == names[i] || lower == "sept"))
            return static_cast<int>(i) + 1;
    return 0;
}

// The time after an RFC 822 date: "hh:mm", optional ":ss", then a zone, or nothing.
bool is_rfc822_rest(std::string_view rest) {
    std::size_t at = 0;
    skip_spaces(rest, at);
    if (at == rest.size()) return true;
    if (digits_at(rest, at) != 2 && digits_at(rest, at) != 1) return false;
    at += digits_at(rest, at);
    if (at >= rest.size() || rest[at] != ':') return false;
    ++at;
    if (digits_at(rest, at) != 2) return false;
    at += 2;
    if (at < rest.size() && rest[at] == ':') {
        ++at;
        if (digits_at(rest, at) != 2) return false;
        at += 2;
    }
    skip_spaces(rest, at);
    // The zone: "GMT", "+0200", "EST", military letters; anything short and without spaces.
    const std::string_view zone = rest.substr(at);
    return zone.size() <= 8 && zone.find(' ') == std::string_view::npos;
}

std::optional<std::string> rfc822_date(std::string_view text) {
    std::size_t at = 0;
    // An optional weekday: "Tue," or "Tuesday,".
    if (const std::size_t comma = text.find(','); comma != std::string_view::npos && comma <= 10) {
        for (std::size_t i = 0; i < comma; ++i)
            if (!std::isalpha(static_cast<unsigned char>(text[i]))) return std::nullopt;
        at = comma + 1;
    }
    skip_spaces(text, at);
    const int day = read_number(text, at, 2);
    if (day < 0) return std::nullopt;
    skip_spaces(text, at);
    const std::size_t month_start = at;
    while (at < text.size() && (std::isalpha(static_cast<unsigned char>(text[at])) || text[at] == '.')) ++at;
    const int month = month_of(text.substr(month_start, at - month_start));
    if (month == 0) return std::nullopt;
    skip_spaces(text, at);
    const std::size_t year_digits = digits_at(text, at);
    if (year_digits != 2 && year_digits != 4) return std::nullopt;
    int year = read_number(text, at, 4);
    if (year_digits == 2) year += year < 50 ? 2000 : 1900;  // RFC 2822, section 4.3
    if (at < text.size() && text[at] != ' ' && text[at] != '\t') return std::nullopt;
    if (!is_rfc822_rest(text.substr(at))) return std::nullopt;
    return calendar_date(year, month, day);
}

// "YYYY-MM-DD", optionally followed by "T" or a space and a time with any zone.
std::optional<std::string> iso_date(std::string_view text) {
    if (text.size() < 10 || digits_at(text, 0) != 4 || text[4] != '-' || digits_at(text, 5) != 2 ||
        text[7] != '-' || digits_at(text, 8) != 2)
        return std::nullopt;
    if (text.size() > 10) {
        const char next = text[10];
        if (next != 'T' && next != 't' && next != ' ') return std::nullopt;
        if (digits_at(text, 11) != 2 || text.size() < 16 || text[13] != ':' || digits_at(text, 14) != 2)
            return std::nullopt;
    }
    std::size_t at = 0;
    const int year = read_number(text, at, 4);
    at = 5;
    const int month = read_number(text, at, 2);
    at = 8;
    const int day = read_number(text, at, 2);
    return calendar_date(year, month, day);
}

}  // namespace

std::optional<std::string> feed_date(std::string_view text) {
    text = trim_space(text);
    if (text.empty()) return std::nullopt;
    if (auto date = iso_date(text)) return date;
    if (auto date = rfc822_date(text)) return date;
    return recognize_date(text);
}

}  // namespace folio::feed
