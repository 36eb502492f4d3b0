// Deterministic timestamps: SOURCE_DATE_EPOCH, the article date or a fixed epoch, in UTC only.
#include "output/common/build_time.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>

#include "output/html/meta_values.hpp"

namespace folio {

namespace {

constexpr UnixSeconds seconds_per_day = 86400;
constexpr UnixSeconds dos_epoch = 315532800;                // 1980-01-01T00:00:00Z
constexpr UnixSeconds dos_last = 4354819198;                // 2107-12-31T23:59:58Z
constexpr UnixSeconds last_four_digit_year = 253402300799;  // 9999-12-31T23:59:59Z

struct CivilDate {
    std::int64_t year;
    unsigned month;
    unsigned day;
};

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
std::int64_t days_from_civil(CivilDate date) {
    const std::int64_t year = date.year - (date.month <= 2 ? 1 : 0);
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const std::int64_t year_of_era = year - era * 400;
    const std::int64_t day_of_year =
        (153 * (date.month > 2 ? date.month - 3 : date.month + 9) + 2) / 5 + date.day - 1;
    const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

CivilDate civil_from_days(std::int64_t days) {
    days += 719468;
    const std::int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    const std::int64_t day_of_era = days - era * 146097;
    const std::int64_t year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const std::int64_t month_index = (5 * day_of_year + 2) / 153;
    const auto day = static_cast<unsigned>(day_of_year - (153 * month_index + 2) / 5 + 1);
    const auto month = static_cast<unsigned>(month_index < 10 ? month_index + 3 : month_index - 9);
    return {year_of_era + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

unsigned number_at(std::string_view text, std::size_t at, std::size_t length) {
    unsigned value = 0;
    std::from_chars(text.data() + at, text.data() + at + length, value);
    return value;
}

struct ClockTime {
    CivilDate date;
    unsigned hour;
    unsigned minute;
    unsigned second;
};

ClockTime clock_time(UnixSeconds seconds) {
    const std::int64_t days = (seconds >= 0 ? seconds : seconds - (seconds_per_day - 1)) / seconds_per_day;
    const std::int64_t in_day = seconds - days * seconds_per_day;
    return {civil_from_days(days), static_cast<unsigned>(in_day / 3600),
            static_cast<unsigned>(in_day / 60 % 60), static_cast<unsigned>(in_day % 60)};
}

}  // namespace

std::optional<UnixSeconds> known_time(const Meta& meta, const std::optional<std::string>& source_date_epoch,
                                      Diagnostics& diag) {
    if (source_date_epoch && !source_date_epoch->empty()) {
        const std::string_view text(*source_date_epoch);
        UnixSeconds seconds = 0;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), seconds);
        if (error == std::errc() && end == text.data() + text.size() && seconds >= 0 &&
            seconds <= last_four_digit_year)
            return seconds;
        diag.warn("SOURCE_DATE_EPOCH \"" + std::string(text) +
                  "\" is not a number of seconds up to the year 9999; ignored");
    }
    if (is_w3c_date(meta.date)) {
        const std::string_view date(meta.date);
        const unsigned month = date.size() >= 7 ? number_at(date, 5, 2) : 1;
        const unsigned day = date.size() >= 10 ? number_at(date, 8, 2) : 1;
        return days_from_civil({number_at(date, 0, 4), month, day}) * seconds_per_day;
    }
    return std::nullopt;
}

UnixSeconds book_time(const Meta& meta, const WriteOptions& options, Diagnostics& diag) {
    if (const auto known = known_time(meta, options.source_date_epoch, diag)) return *known;
    if (options.input_modified && *options.input_modified >= dos_epoch &&
        *options.input_modified <= last_four_digit_year)
        return *options.input_modified;
    return dos_epoch;
}

std::string w3c_utc_timestamp(UnixSeconds seconds) {
    const ClockTime time = clock_time(seconds);
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02u:%02u:%02uZ",
                  static_cast<long long>(time.date.year), time.date.month, time.date.day, time.hour,
                  time.minute, time.second);
    return buffer;
}

DosDateTime dos_date_time(UnixSeconds seconds) {
    const ClockTime time = clock_time(std::clamp(seconds, dos_epoch, dos_last));
    DosDateTime dos;
    dos.time = static_cast<std::uint16_t>((time.hour << 11) | (time.minute << 5) | (time.second / 2));
    dos.date =
        static_cast<std::uint16_t>(((time.date.year - 1980) << 9) | (time.date.month << 5) | time.date.day);
    return dos;
}

}  // namespace folio
