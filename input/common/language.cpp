// Guessing the language of a text by libexttextcat's n-gram fingerprints (compiled into folio); a stop-word
// count decides when they cannot.
#include "input/common/language.hpp"

#include <array>
#include <set>

#include "input/common/textcat.hpp"
#include "input/common/utf8.hpp"

namespace folio {

namespace {

constexpr std::size_t kMaxSample = 1024;  // "a few hundred bytes will suffice" (textcat.h); more is slower

// "de--utf8" -> "de", "zh-CN-utf8" -> "zh-CN", "[en--utf8][sco--utf8]" -> "en" (the best candidate).
std::string label_to_bcp47(std::string_view result) {
    if (result.starts_with('[')) result.remove_prefix(1);
    result = result.substr(0, result.find(']'));
    if (result.ends_with("utf8")) result.remove_suffix(4);
    while (result.ends_with('-')) result.remove_suffix(1);
    return std::string(result);
}

// Cuts the sample at a code point boundary so the classifier never sees half a character.
std::string_view sample_of(std::string_view text) {
    if (text.size() <= kMaxSample) return text;
    std::size_t end = kMaxSample;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end);
}

struct StopWords {
    const char* lang;
    std::set<std::string_view> words;
};

const std::array<StopWords, 3>& stop_words() {
    static const std::array<StopWords, 3> lists = {{
        {"de", {"der",  "die",  "das", "und", "ist",  "nicht", "mit",    "von",  "den", "dem", "ein", "eine",
                "auch", "sich", "für", "auf", "dass", "wird",  "werden", "sind", "zu",  "im",  "des"}},
        {"en", {"the", "and", "is", "of",   "to", "in",   "that", "with", "for",   "are",  "was", "it",
                "on",  "as",  "by", "this", "be", "have", "has",  "from", "which", "will", "not"}},
        {"fr", {"le",   "la",  "les", "et", "est", "des",  "du",   "une", "un", "que", "qui", "dans",
                "pour", "pas", "sur", "au", "aux", "avec", "sont", "ce",  "ne", "par", "se"}},
    }};
    return lists;
}

}  // namespace

std::string guess_language_by_stop_words(std::string_view utf8_text) {
    const std::string lower = to_lower(sample_of(utf8_text));
    std::array<int, 3> counts{};
    for (std::string_view word : split_words(lower)) {
        while (!word.empty() && !is_letter(first_code_point(word))) word.remove_prefix(1);
        while (!word.empty() && !is_letter(last_code_point(word))) {
            std::size_t start = word.size() - 1;
            while (start > 0 && (static_cast<unsigned char>(word[start]) & 0xC0) == 0x80) --start;
            word = word.substr(0, start);
        }
        for (std::size_t i = 0; i < counts.size(); ++i) counts[i] += stop_words()[i].words.count(word) > 0;
    }
    std::size_t best = 0;
    for (std::size_t i = 1; i < counts.size(); ++i) {
        if (counts[i] > counts[best]) best = i;
    }
    int runner_up = 0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (i != best && counts[i] > runner_up) runner_up = counts[i];
    }
    if (counts[best] < 2 || counts[best] < 2 * runner_up) return {};
    return stop_words()[best].lang;
}

std::string guess_language(std::string_view utf8_text) {
    const std::string_view sample = sample_of(utf8_text);
    if (trim_space(sample).empty()) return {};
    // As libexttextcat did, the classifier reads on past the sample while runs of spaces shorten it.
    const std::string result = textcat_classify(utf8_text, sample.size());
    if (result.empty() || result == "UNKNOWN" || result == "SHORT") {
        return guess_language_by_stop_words(sample);
    }
    return label_to_bcp47(result);
}

}  // namespace folio
