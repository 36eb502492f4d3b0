// People named in an article: what a printed name looks like, lists of names, and Person entries.
#include "input/common/person_names.hpp"

#include <algorithm>

#include "input/common/bio_words.hpp"
#include "input/common/utf8.hpp"

namespace folio {

namespace {

// A capital letter, then letters, hyphens, apostrophes and periods; at least one lower-case letter
// unless the token is an initial ("J.", "JC").
bool is_capitalised_name_part(std::string_view token) {
    std::size_t pos = 0;
    if (!is_upper(next_code_point(token, pos))) return false;
    bool has_lower = false;
    while (pos < token.size()) {
        const char32_t c = next_code_point(token, pos);
        if (!is_letter(c) && c != U'-' && c != U'\'' && c != U'’' && c != U'.') return false;
        has_lower = has_lower || is_lower(c);
    }
    return has_lower || code_point_count(token) <= 2;
}

// Whether `shorter`'s words, ignoring case, are the last words of `longer`'s.
bool ends_with_words(const std::vector<std::string_view>& longer,
                     const std::vector<std::string_view>& shorter) {
    if (shorter.size() < kMinNameTokens || shorter.size() > longer.size()) return false;
    const std::size_t offset = longer.size() - shorter.size();
    for (std::size_t i = 0; i < shorter.size(); ++i)
        if (to_lower(longer[offset + i]) != to_lower(shorter[i])) return false;
    return true;
}

bool same_person(std::string_view a, std::string_view b) {
    const auto words_a = split_words(a);
    const auto words_b = split_words(b);
    return words_a.size() >= words_b.size() ? ends_with_words(words_a, words_b)
                                            : ends_with_words(words_b, words_a);
}

}  // namespace

bool is_name_token(std::string_view token, bool first) {
    if (first) return !is_determiner(to_lower(token)) && is_capitalised_name_part(token);
    return is_capitalised_name_part(token) || is_name_particle(token);
}

bool looks_like_name(std::string_view text) {
    const auto words = split_words(text);
    if (words.size() < kMinNameTokens || words.size() > kMaxNameTokens) return false;
    for (std::size_t i = 0; i < words.size(); ++i)
        if (!is_name_token(words[i], i == 0)) return false;
    return !is_name_particle(words.back());
}

std::vector<std::string> split_names(std::string_view list) {
    static constexpr std::string_view joiners[] = {" und ", " and ", " & ", " et ", " y ", ";", ","};
    std::vector<std::string> names;
    std::size_t start = 0;
    std::size_t pos = 0;
    const auto add = [&](std::size_t end) {
        const std::string_view name = trim_space(list.substr(start, end - start));
        if (!name.empty()) names.emplace_back(name);
    };
    while (pos < list.size()) {
        std::size_t joiner_size = 0;
        for (const std::string_view joiner : joiners)
            if (list.substr(pos).starts_with(joiner)) {
                joiner_size = joiner.size();
                break;
            }
        if (joiner_size == 0) {
            ++pos;
            continue;
        }
        add(pos);
        pos += joiner_size;
        start = pos;
    }
    add(list.size());
    return names;
}

Person make_person(std::string name, std::string bio) {
    Person person;
    const auto parts = split_words(name);
    if (parts.size() == 2) {
        person.given = std::string(parts[0]);
        person.family = std::string(parts[1]);
    }
    person.name = std::move(name);
    person.bio = plain(std::move(bio));
    return person;
}

std::vector<Person> merge_authors(const std::vector<std::string>& names, std::vector<Person> with_bios) {
    std::vector<Person> authors;
    for (const std::string& name : names) {
        const auto same = [&](const Person& p) { return p.name == name; };
        const auto similar = [&](const Person& p) { return same_person(p.name, name); };
        auto found = std::find_if(with_bios.begin(), with_bios.end(), same);
        if (found == with_bios.end()) found = std::find_if(with_bios.begin(), with_bios.end(), similar);
        if (found == with_bios.end()) {
            authors.push_back(make_person(name));
            continue;
        }
        authors.push_back(std::move(*found));
        with_bios.erase(found);
    }
    for (Person& person : with_bios) authors.push_back(std::move(person));
    return authors;
}

}  // namespace folio
