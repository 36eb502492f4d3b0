// People named in an article: what a printed name looks like, lists of names, and Person entries.
#include "input/common/person_names.hpp"

#include <algorithm>
#include <set>

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

constexpr std::size_t kMaxNameBytes = 160;  // four long words with their accents

// Words of roles, credentials and page interface that stand beside names but are never part of one
// ("AP Auto Writer", "Games Editor", "Follow Author", "Staff Reporter").
bool is_role_word(std::string_view token) {
    static const std::set<std::string, std::less<>> words = {"agency",
                                                             "all",
                                                             "analyst",
                                                             "articles",
                                                             "associated",
                                                             "author",
                                                             "autor",
                                                             "autorin",
                                                             "bureau",
                                                             "chief",
                                                             "columnist",
                                                             "columnista",
                                                             "comments",
                                                             "contributing",
                                                             "contributor",
                                                             "correspondant",
                                                             "correspondante",
                                                             "correspondent",
                                                             "designer",
                                                             "desk",
                                                             "developer",
                                                             "director",
                                                             "editor",
                                                             "editorial",
                                                             "email",
                                                             "engineer",
                                                             "envoyé",
                                                             "envoyée",
                                                             "facebook",
                                                             "fellow",
                                                             "follow",
                                                             "founder",
                                                             "freelance",
                                                             "insider",
                                                             "instagram",
                                                             "intern",
                                                             "journalist",
                                                             "journaliste",
                                                             "korrespondent",
                                                             "korrespondentin",
                                                             "linkedin",
                                                             "manager",
                                                             "media",
                                                             "more",
                                                             "news",
                                                             "newsroom",
                                                             "officer",
                                                             "photographer",
                                                             "posted",
                                                             "posts",
                                                             "president",
                                                             "press",
                                                             "producer",
                                                             "professor",
                                                             "profile",
                                                             "published",
                                                             "redakteur",
                                                             "redakteurin",
                                                             "redaktion",
                                                             "reporter",
                                                             "researcher",
                                                             "rédacteur",
                                                             "rédactrice",
                                                             "scientist",
                                                             "senior",
                                                             "share",
                                                             "spécial",
                                                             "spéciale",
                                                             "staff",
                                                             "staffwriter",
                                                             "subscribe",
                                                             "team",
                                                             "twitter",
                                                             "updated",
                                                             "view",
                                                             "writer",
                                                             "buy",
                                                             "now",
                                                             "search",
                                                             "apps",
                                                             "track",
                                                             "login",
                                                             "menu"};
    return words.count(to_lower(token)) > 0;
}

// A word of two or more letters, all capitals ("BERGMAN", "O'NEILL"), or an initial ("J.").
bool is_in_capitals(std::string_view word) {
    std::size_t pos = 0;
    std::size_t letters = 0;
    while (pos < word.size()) {
        const char32_t c = next_code_point(word, pos);
        if (is_lower(c)) return false;
        letters += is_letter(c) ? 1 : 0;
    }
    return letters >= 1;
}

// "BERGMAN" as "Bergman"; hyphenated parts each ("JEAN-LUC" as "Jean-Luc").
std::string title_case(std::string_view word) {
    std::string lower = to_lower(word);
    std::string out;
    std::size_t pos = 0;
    bool start = true;
    while (pos < lower.size()) {
        const std::size_t begin = pos;
        const char32_t c = next_code_point(lower, pos);
        if (start && is_letter(c)) {
            out += to_upper(lower.substr(begin, pos - begin));
        } else {
            out += lower.substr(begin, pos - begin);
        }
        start = !is_letter(c);
    }
    return out;
}

}  // namespace

bool has_role_word(std::string_view text) {
    if (text.size() > kMaxNameBytes * 4) return false;  // a sentence, not a name with its role
    const auto words = split_words(text);
    return std::any_of(words.begin(), words.end(), [](std::string_view word) { return is_role_word(word); });
}

bool is_name_token(std::string_view token, bool first) {
    if (first) return !is_determiner(to_lower(token)) && is_capitalised_name_part(token);
    return is_capitalised_name_part(token) || is_name_particle(token);
}

bool looks_like_name(std::string_view text) {
    if (text.size() > kMaxNameBytes) return false;
    const auto words = split_words(text);
    if (words.size() < kMinNameTokens || words.size() > kMaxNameTokens) return false;
    // A name printed in capitals ("OLA BERGMAN") is read as if it were not.
    const bool capitals = std::all_of(words.begin(), words.end(), is_in_capitals);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const std::string word = capitals ? title_case(words[i]) : std::string(words[i]);
        if (!is_name_token(word, i == 0) || is_role_word(word)) return false;
    }
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
