// Splitting photo credits into marker, holder and creator (general rules, no per-agency lists).
#include "formats/credit.hpp"

#include <array>
#include <cstddef>

namespace folio {

namespace {

constexpr std::string_view copyright_sign = "\xC2\xA9";

// Word markers followed by a colon; the first group names the holder, the second the creator.
constexpr std::array<std::string_view, 6> holder_words = {"quelle", "bildquelle", "fotoquelle",
                                                          "source", "copyright",  "rights"};
constexpr std::array<std::string_view, 20> creator_words = {
    "foto",    "fotos",   "photo",      "photos",    "photo credit", "bild",        "bilder",
    "credit",  "credits", "image",      "images",    "illustration", "grafik",      "crédit",
    "crédits", "picture", "fotografie", "titelbild", "titelfoto",    "bildnachweis"};

// Length of the whitespace (ASCII, no-break space, narrow no-break space) starting at `pos`, 0 if none.
std::size_t space_at(std::string_view s, std::size_t pos) {
    if (pos >= s.size()) return 0;
    if (s[pos] == ' ' || s[pos] == '\t') return 1;
    if (s.compare(pos, 2, "\xC2\xA0") == 0) return 2;
    if (s.compare(pos, 3, "\xE2\x80\xAF") == 0) return 3;
    return 0;
}

std::size_t skip_spaces(std::string_view s, std::size_t pos) {
    while (std::size_t n = space_at(s, pos)) pos += n;
    return pos;
}

std::string_view trim(std::string_view s) {
    const std::size_t begin = skip_spaces(s, 0);
    std::size_t end = s.size();
    while (end > begin) {
        if (s[end - 1] == ' ' || s[end - 1] == '\t') {
            --end;
        } else if (end - begin >= 2 && s.compare(end - 2, 2, "\xC2\xA0") == 0) {
            end -= 2;
        } else if (end - begin >= 3 && s.compare(end - 3, 3, "\xE2\x80\xAF") == 0) {
            end -= 3;
        } else {
            break;
        }
    }
    return s.substr(begin, end - begin);
}

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool starts_with_word(std::string_view s, std::size_t pos, std::string_view word) {
    if (s.size() - pos < word.size()) return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if (ascii_lower(s[pos + i]) != word[i]) return false;
    return true;
}

// When a word marker ("Foto:", "Crédit :") starts at `pos`, the position after its colon; else npos.
template <std::size_t N>
std::size_t word_marker_end(std::string_view s, std::size_t pos,
                            const std::array<std::string_view, N>& words) {
    for (std::string_view word : words) {
        if (!starts_with_word(s, pos, word)) continue;
        const std::size_t colon = skip_spaces(s, pos + word.size());
        if (colon < s.size() && s[colon] == ':') return colon + 1;
    }
    return std::string_view::npos;
}

// When a copyright sign ("©", "(c)") starts at `pos`, the position after it; else npos.
std::size_t sign_marker_end(std::string_view s, std::size_t pos) {
    if (s.compare(pos, copyright_sign.size(), copyright_sign) == 0) return pos + copyright_sign.size();
    if (s.size() - pos >= 3 && s[pos] == '(' && ascii_lower(s[pos + 1]) == 'c' && s[pos + 2] == ')')
        return pos + 3;
    if (starts_with_word(s, pos, "copyright") && space_at(s, pos + 9) > 0) return pos + 9;
    return std::string_view::npos;
}

}  // namespace

std::size_t credit_marker_end(std::string_view line) {
    const std::size_t start = skip_spaces(line, 0);
    std::size_t end = sign_marker_end(line, start);
    if (end == std::string_view::npos) end = word_marker_end(line, start, holder_words);
    if (end == std::string_view::npos) end = word_marker_end(line, start, creator_words);
    return end == std::string_view::npos ? 0 : end;
}

CreditParts parse_credit(std::string_view credit) {
    const std::string_view text = trim(credit);
    CreditParts parts;
    bool names_holder = false;
    std::size_t pos = 0;
    // Markers may combine ("Foto: © dpa"); a copyright or source marker anywhere makes the text a holder.
    for (;;) {
        const std::size_t start = skip_spaces(text, pos);
        std::size_t end = sign_marker_end(text, start);
        if (end != std::string_view::npos) {
            names_holder = true;
        } else if ((end = word_marker_end(text, start, holder_words)) != std::string_view::npos) {
            names_holder = true;
        } else if ((end = word_marker_end(text, start, creator_words)) == std::string_view::npos) {
            break;
        }
        pos = end;
    }
    parts.marker = std::string(trim(text.substr(0, pos)));
    const std::string_view rest = trim(text.substr(pos));

    if (const std::size_t bar = rest.rfind('|'); bar != std::string_view::npos) {
        parts.holder = std::string(trim(rest.substr(0, bar)));
        parts.creator = std::string(trim(rest.substr(bar + 1)));
    } else if (names_holder) {
        parts.holder = std::string(rest);
    } else if (const std::size_t slash = rest.find('/');
               slash != std::string_view::npos && rest.find("://") == std::string_view::npos) {
        parts.creator = std::string(trim(rest.substr(0, slash)));
        parts.holder = std::string(trim(rest.substr(slash + 1)));
    } else {
        parts.creator = std::string(rest);
    }
    return parts;
}

}  // namespace folio
