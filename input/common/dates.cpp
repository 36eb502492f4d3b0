// Recognising a printed date line and turning it into ISO 8601.
#include "input/common/dates.hpp"

#include <cstdio>
#include <set>
#include <vector>

#include "input/common/date_words.hpp"
#include "input/common/utf8.hpp"

namespace folio {

namespace {

struct Token {
    enum class Kind { Number, Word, Punct };
    Kind kind;
    std::string text;  // lower-cased
};

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }

std::vector<Token> tokenize(std::string_view line) {
    const std::string lower = to_lower(line);
    std::vector<Token> tokens;
    std::size_t pos = 0;
    while (pos < lower.size()) {
        const std::size_t start = pos;
        const char32_t c = next_code_point(lower, pos);
        if (is_space(c)) continue;
        Token::Kind kind = is_digit(c)    ? Token::Kind::Number
                           : is_letter(c) ? Token::Kind::Word
                                          : Token::Kind::Punct;
        if (kind != Token::Kind::Punct) {
            std::size_t probe = pos;
            while (probe < lower.size()) {
                const std::size_t here = probe;
                const char32_t n = next_code_point(lower, probe);
                if (kind == Token::Kind::Number ? !is_digit(n) : !is_letter(n)) {
                    probe = here;
                    break;
                }
                pos = probe;
            }
        }
        tokens.push_back({kind, lower.substr(start, pos - start)});
    }
    return tokens;
}

class DateParser {
public:
    explicit DateParser(std::vector<Token> tokens) : tokens_(std::move(tokens)) {}

    std::optional<std::string> parse() {
        std::size_t p = skip_lead_in(0);
        if (auto iso = parse_from(p)) return iso;
        if (p < tokens_.size() && is_word(p) && is_weekday(tokens_[p].text)) {
            ++p;
            if (is_punct(p, ".")) ++p;
            if (is_punct(p, ",")) ++p;
            return parse_from(p);
        }
        return std::nullopt;
    }

private:
    std::vector<Token> tokens_;
    int year_ = 0, month_ = 0, day_ = 0;

    bool is_word(std::size_t p) const { return p < tokens_.size() && tokens_[p].kind == Token::Kind::Word; }
    bool is_punct(std::size_t p, std::string_view text) const {
        return p < tokens_.size() && tokens_[p].kind == Token::Kind::Punct && tokens_[p].text == text;
    }
    bool is_number(std::size_t p, std::size_t min_digits, std::size_t max_digits) const {
        return p < tokens_.size() && tokens_[p].kind == Token::Kind::Number &&
               tokens_[p].text.size() >= min_digits && tokens_[p].text.size() <= max_digits;
    }
    int number(std::size_t p) const { return std::stoi(tokens_[p].text); }
    int month_at(std::size_t p) const { return is_word(p) ? month_number(tokens_[p].text) : 0; }

    std::size_t skip_lead_in(std::size_t p) const {
        for (const auto& words : date_lead_ins()) {
            std::size_t q = p;
            bool match = true;
            for (const auto word : words) {
                if (!is_word(q) || tokens_[q].text != word) {
                    match = false;
                    break;
                }
                ++q;
            }
            if (!match) continue;
            if (is_punct(q, ":")) ++q;
            return q;
        }
        return p;
    }

    std::optional<std::string> parse_from(std::size_t p) {
        const auto next = parse_core(p);
        if (!next || !is_valid() || !time_suffix_only(*next)) return std::nullopt;
        char buffer[16];
        std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year_, month_, day_);
        return std::string(buffer);
    }

    // The numeric or named-month date starting at p; returns the index after it.
    std::optional<std::size_t> parse_core(std::size_t p) {
        if (is_number(p, 1, 2) && is_punct(p + 1, ".") && is_number(p + 2, 1, 2) && is_punct(p + 3, ".") &&
            is_number(p + 4, 4, 4)) {
            set(number(p + 4), number(p + 2), number(p));
            return p + 5;
        }
        if (is_number(p, 4, 4) && is_punct(p + 1, "-") && is_number(p + 2, 1, 2) && is_punct(p + 3, "-") &&
            is_number(p + 4, 1, 2)) {
            set(number(p), number(p + 2), number(p + 4));
            return p + 5;
        }
        if (is_number(p, 1, 2) && is_punct(p + 1, "/") && is_number(p + 2, 1, 2) && is_punct(p + 3, "/") &&
            is_number(p + 4, 4, 4)) {
            // "12/03/2024": day first as in Europe, unless only the other order gives a valid date.
            const bool month_first = number(p) <= 12 && number(p + 2) > 12;
            set(number(p + 4), number(month_first ? p : p + 2), number(month_first ? p + 2 : p));
            return p + 5;
        }
        if (is_number(p, 4, 4) && is_punct(p + 1, "/") && is_number(p + 2, 1, 2) && is_punct(p + 3, "/") &&
            is_number(p + 4, 1, 2)) {
            set(number(p), number(p + 2), number(p + 4));
            return p + 5;
        }
        if (is_number(p, 1, 2)) return day_month_year(p);
        if (month_at(p) != 0) return month_day_year(p);
        return std::nullopt;
    }

    // "12. September 2023", "20 February 2024", "1er mars 2024", "3rd March 2024", "22 Dec, 2016".
    std::optional<std::size_t> day_month_year(std::size_t p) {
        const int day = number(p++);
        if (is_punct(p, ".")) ++p;
        static const std::set<std::string_view> ordinal = {"er", "st", "nd", "rd", "th", "e"};
        if (is_word(p) && ordinal.count(tokens_[p].text) > 0 && month_at(p) == 0) ++p;
        const int month = month_at(p);
        if (month == 0) return std::nullopt;
        ++p;
        if (is_punct(p, ".")) ++p;
        if (is_punct(p, ",")) ++p;
        if (!is_number(p, 4, 4)) return std::nullopt;
        set(number(p), month, day);
        return p + 1;
    }

    // "February 20, 2024", "Feb. 20 2024", "March 3rd, 2024".
    std::optional<std::size_t> month_day_year(std::size_t p) {
        const int month = month_at(p++);
        if (is_punct(p, ".")) ++p;
        if (!is_number(p, 1, 2)) return std::nullopt;
        const int day = number(p++);
        static const std::set<std::string_view> ordinal = {"st", "nd", "rd", "th"};
        if (is_word(p) && ordinal.count(tokens_[p].text) > 0) ++p;
        if (is_punct(p, ",")) ++p;
        if (!is_number(p, 4, 4)) return std::nullopt;
        set(number(p), month, day);
        return p + 1;
    }

    void set(int year, int month, int day) {
        year_ = year;
        month_ = month;
        day_ = day;
    }

    bool is_valid() const {
        static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        if (year_ < 1000 || month_ < 1 || month_ > 12 || day_ < 1 || day_ > kDays[month_ - 1]) return false;
        const bool leap = (year_ % 4 == 0 && year_ % 100 != 0) || year_ % 400 == 0;
        return !(month_ == 2 && day_ == 29 && !leap);
    }

    // True when nothing but a time of day (with separators, "Uhr", "a.m.", a zone) follows p.
    bool time_suffix_only(std::size_t p) const {
        static const std::set<std::string_view> separators = {",", "-", "–", "—", "|", "·", "/", "•", "("};
        static const std::set<std::string_view> connectors = {"um", "at", "à", "a", "gegen", "ab"};
        while (p < tokens_.size() && tokens_[p].kind == Token::Kind::Punct &&
               separators.count(tokens_[p].text))
            ++p;
        if (p == tokens_.size()) return true;
        if (is_word(p) && connectors.count(tokens_[p].text) > 0) ++p;
        if (!is_number(p, 1, 2) || number(p) > 24) return false;
        ++p;
        if ((is_punct(p, ":") || is_punct(p, ".") || (is_word(p) && tokens_[p].text == "h")) &&
            is_number(p + 1, 2, 2) && number(p + 1) < 60) {
            p += 2;
        } else if (!(is_word(p) && is_time_word(tokens_[p].text))) {
            return false;
        }
        for (; p < tokens_.size(); ++p) {
            const Token& t = tokens_[p];
            const bool ok = t.kind == Token::Kind::Word
                                ? is_time_word(t.text) || t.text == "a" || t.text == "p" || t.text == "m"
                                : t.kind == Token::Kind::Punct && (t.text == "." || t.text == ")");
            if (!ok) return false;
        }
        return true;
    }
};

}  // namespace

std::optional<std::string> recognize_date(std::string_view line) {
    const std::string_view trimmed = trim_space(line);
    if (trimmed.empty() || trimmed.size() > 120) return std::nullopt;
    return DateParser(tokenize(trimmed)).parse();
}

}  // namespace folio
