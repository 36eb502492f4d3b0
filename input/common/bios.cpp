// Recognising the author bios at the end of the article and turning them into Person entries.
#include "input/common/bios.hpp"

#include <algorithm>
#include <variant>

#include "input/common/bio_words.hpp"
#include "input/common/line_shape.hpp"
#include "input/common/person_names.hpp"
#include "input/common/utf8.hpp"

namespace folio {

namespace {

constexpr std::size_t kMaxBioLength = 1200;      // code points
constexpr std::size_t kComplementizerReach = 3;  // words after the verb
constexpr std::size_t kMaxLabelledBios = 6;      // bios a label takes when more text follows them

std::string lower_word(std::string_view token) {
    std::string lower = to_lower(token);
    while (!lower.empty() && (lower.back() == ',' || lower.back() == ';' || lower.back() == ':'))
        lower.pop_back();
    return lower;
}

// An age between a name and its verb: "(34)" in "Anna Berg (34) ist …", "34," in "Anna Berg, 34, ist …".
bool is_age(std::string_view word) {
    if (word.size() > 2 && word.front() == '(' && word.back() == ')')
        word = word.substr(1, word.size() - 2);
    else if (word.size() > 1 && word.back() == ',')
        word.remove_suffix(1);
    else
        return false;
    return word.size() <= 3 &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The words of a paragraph with an age after the name left out (and the comma before ", 34,").
std::vector<std::string_view> words_without_age(std::string_view paragraph) {
    std::vector<std::string_view> words = split_words(paragraph);
    for (std::size_t i = kMinNameTokens; i < words.size() && i <= kMaxNameTokens; ++i) {
        if (!is_age(words[i])) continue;
        if (words[i].front() != '(') {
            if (!words[i - 1].ends_with(',')) break;
            words[i - 1].remove_suffix(1);
        }
        words.erase(words.begin() + static_cast<std::ptrdiff_t>(i));
        break;
    }
    return words;
}

// The paragraph after a label it starts with ("Über die Autorin: Anna Berg ist …"); all of it when none.
std::string_view without_inline_label(std::string_view paragraph) {
    constexpr std::size_t kLongestLabel = 40;  // bytes before the colon
    const std::size_t colon = paragraph.find(':');
    if (colon == std::string_view::npos || colon > kLongestLabel ||
        !is_author_label(paragraph.substr(0, colon)))
        return paragraph;
    return trim_space(paragraph.substr(colon + 1));
}

bool is_paragraph(const Block& block) { return std::holds_alternative<Paragraph>(block); }

std::string paragraph_text(const Block& block) { return to_plain_text(std::get<Paragraph>(block).content); }

// The leading capitalised words, for a bio after an explicit label that does not start like a sentence.
std::string leading_name(std::string_view paragraph) {
    const auto words = split_words(paragraph);
    std::size_t count = 0;
    bool comma = false;
    while (!comma && count < words.size() && count < kMaxNameTokens) {
        std::string_view word = words[count];
        comma = word.ends_with(',');
        if (comma) word.remove_suffix(1);
        if (!is_name_token(word, count == 0)) break;
        ++count;
    }
    while (count > 0 && is_name_particle(words[count - 1])) --count;
    if (count < kMinNameTokens) return {};
    std::string_view last = words[count - 1];
    if (last.ends_with(',')) last.remove_suffix(1);
    return std::string(
        paragraph.substr(0, static_cast<std::size_t>(last.data() + last.size() - paragraph.data())));
}

// A paragraph that is nothing but a person's name.
bool is_name_only(std::string_view paragraph) {
    return !ends_like_sentence(paragraph) && leading_name(paragraph) == paragraph &&
           looks_like_name(paragraph);
}

}  // namespace

std::optional<std::string> bio_name(std::string_view paragraph) {
    if (code_point_count(paragraph) > kMaxBioLength) return std::nullopt;
    const auto words = words_without_age(paragraph);
    for (std::size_t n = 0; n < words.size() && n <= kMaxNameTokens; ++n) {
        if (n >= kMinNameTokens && is_bio_verb(lower_word(words[n])) && !is_name_particle(words[n - 1])) {
            for (std::size_t k = n + 1; k < words.size() && k <= n + kComplementizerReach; ++k) {
                if (is_complementizer(lower_word(words[k]))) return std::nullopt;
            }
            const std::string_view last = words[n - 1];
            return std::string(
                paragraph.substr(0, static_cast<std::size_t>(last.data() + last.size() - paragraph.data())));
        }
        if (n == kMaxNameTokens || !is_name_token(words[n], n == 0)) return std::nullopt;
    }
    return std::nullopt;
}

std::vector<Person> take_author_bios(std::vector<Block>& blocks, std::optional<std::size_t> label_at) {
    std::size_t end = blocks.size();
    while (end > 0 && std::holds_alternative<Note>(blocks[end - 1])) --end;

    std::size_t begin = end;
    bool labelled = false;
    if (label_at && *label_at < end) {
        labelled = true;
        for (std::size_t i = *label_at; i < end; ++i) labelled = labelled && is_paragraph(blocks[i]);
        if (labelled && end - *label_at <= kMaxLabelledBios) {
            begin = *label_at;
        } else if (is_paragraph(blocks[*label_at])) {
            // The label takes the bios that follow it, not the rest of a copied page: the first
            // paragraph, then those that start with a name, up to the next block of another kind.
            labelled = true;
            begin = *label_at;
            end = begin + 1;
            while (end < blocks.size() && end - begin < kMaxLabelledBios && is_paragraph(blocks[end]) &&
                   (!leading_name(without_inline_label(paragraph_text(blocks[end]))).empty() ||
                    is_name_only(paragraph_text(blocks[end - 1]))))
                ++end;
        }
    }
    if (!labelled) {
        while (begin > 0 && is_paragraph(blocks[begin - 1]) &&
               bio_name(without_inline_label(paragraph_text(blocks[begin - 1])))) {
            --begin;
        }
        // Bios follow the article; a text that would be nothing but bios keeps its first paragraph.
        bool body_left = false;
        for (std::size_t i = 0; i < begin; ++i) body_left = body_left || is_paragraph(blocks[i]);
        if (!body_left && begin < end) ++begin;
    }

    std::vector<Person> authors;
    for (std::size_t i = begin; i < end; ++i) {
        std::string bio(without_inline_label(paragraph_text(blocks[i])));
        if (labelled && i + 1 < end && is_name_only(bio)) {
            // A name line above its bio ("Anna Berg" above "Reporter in Berlin since 2019.").
            authors.push_back(make_person(std::move(bio), paragraph_text(blocks[++i])));
            continue;
        }
        std::string name = bio_name(bio).value_or(leading_name(bio));
        authors.push_back(make_person(std::move(name), std::move(bio)));
    }
    blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(begin),
                 blocks.begin() + static_cast<std::ptrdiff_t>(end));
    return authors;
}

}  // namespace folio
