// Author boxes at the end of an article: a name and a bio paragraph per author (portraits are no figures).
#include "input/html/author_boxes.hpp"

#include <algorithm>

#include "input/common/bios.hpp"
#include "input/common/byline.hpp"
#include "input/common/person_names.hpp"
#include "input/common/utf8.hpp"
#include "input/html/class_names.hpp"
#include "input/html/html_inlines.hpp"
#include "input/html/html_tags.hpp"

namespace folio::html {

namespace {

constexpr std::size_t kMaxCardText = 1200;  // code points
constexpr std::size_t kMinBio = 40;
constexpr std::size_t kMinBioWords = 6;
constexpr std::size_t kMaxBoxLabel = 60;
constexpr std::size_t kMaxNameLength = 60;

// "About Maria Lopez", "Über Julia Brandt", "À propos de Claire Martin" → the name.
std::string without_label(const std::string& text) {
    const std::string lower = to_lower(text);
    for (const std::string_view label :
         {"about the author ", "about ", "über die autorin ", "über den autor ", "über ", "à propos de ",
          "a propos de ", "l'auteur ", "zur person: "})
        if (lower.starts_with(label))
            return std::string(trim_space(std::string_view(text).substr(label.size())));
    return text;
}

bool looks_like_name(const std::string& text) {
    const auto words = split_words(text);
    if (words.size() < 2 || words.size() > 5 || code_point_count(text) > kMaxNameLength) return false;
    return std::all_of(words.begin(), words.end(), [](std::string_view w) {
        const char32_t first = first_code_point(w);
        return is_upper(first) || !is_letter(first) || w == "von" || w == "van" || w == "de" || w == "da";
    });
}

bool in_author_scope(const Node& node, const Node& root) {
    for (const Node* n = &node; n != nullptr; n = n->parent) {
        if (has_name_hint(*n, NameHint::Author) || n->attribute("itemprop") == "author" ||
            n->attribute("itemtype").find("Person") != std::string_view::npos ||
            n->attribute("rel") == "author")
            return true;
        if (n == &root) break;
    }
    return false;
}

// Inside chrome named as such, a comment section say: commenters are no authors. Chrome by markup
// alone does not count: articles keep their author boxes in an <aside> or their own <footer>.
bool in_named_chrome(const Node& node, const Node& root, const ChromeFilter& chrome) {
    for (const Node* n = &node; n != nullptr && n != &root; n = n->parent)
        if (chrome(*n) && !is_chrome_markup(*n)) return true;
    return false;
}

// Elements that show a person's name: a known name as the whole text, an itemprop="name" inside an
// author scope, or a name-shaped element inside an author box.
std::vector<std::pair<const Node*, std::string>> name_elements(const Node& root,
                                                               const std::vector<std::string>& known_names,
                                                               const ChromeFilter& chrome) {
    std::vector<std::pair<const Node*, std::string>> found;
    for (const Node* element : elements_of(root)) {
        if (element == &root || is_hidden_tag(element->name) || in_named_chrome(*element, root, chrome))
            continue;
        const std::string text = without_label(text_content(*element));
        if (text.empty() || code_point_count(text) > kMaxNameLength) continue;
        const bool known = std::find(known_names.begin(), known_names.end(), text) != known_names.end();
        const bool marked = in_author_scope(*element, root) &&
                            (element->attribute("itemprop") == "name" || looks_like_name(text));
        if (!known && !marked) continue;
        // The innermost element with this text stands for the name.
        if (!found.empty() && found.back().second == text && contains(*found.back().first, *element))
            found.back().first = element;
        else
            found.emplace_back(element, text);
    }
    return found;
}

bool mentions(const std::string& text, const std::string& name) {
    if (text.find(name) != std::string::npos) return true;
    const auto words = split_words(name);
    return !words.empty() && words.back().size() > 2 &&
           text.find(std::string(words.back())) != std::string::npos;
}

// The longest text block in the card other than the name itself.
const Node* bio_block(const Node& card, const Node& name_element, const TextMeasure& measure) {
    const Node* best = nullptr;
    for (const Node* element : elements_of(card)) {
        if (!is_block_tag(element->name) && element != &card) continue;
        if (contains(name_element, *element)) continue;
        const TextStats& stats = measure[*element];
        if (stats.own_text < kMinBio) continue;
        if (best == nullptr || stats.own_text > measure[*best].own_text) best = element;
    }
    return best;
}

bool holds_other_name(const Node& element, const std::string& name,
                      const std::vector<std::pair<const Node*, std::string>>& names) {
    for (const auto& [other, other_name] : names)
        if (other_name != name && contains(element, *other)) return true;
    return false;
}

// Climbs from the name element while the ancestor holds no other author, no title, no main content.
const Node* card_of(const Node& name_element, const std::string& name, const Node& root, const Node* title,
                    const Node& content, const std::vector<std::pair<const Node*, std::string>>& names,
                    const TextMeasure& measure) {
    const Node* card = &name_element;
    for (const Node* up = name_element.parent; up != nullptr && up != &root; up = up->parent) {
        if (holds_other_name(*up, name, names) || (title != nullptr && contains(*up, *title)) ||
            contains(*up, content) || measure[*up].text > kMaxCardText)
            break;
        card = up;
    }
    return card;
}

// The card's container when all it adds is a short label ("Die Autoren", "About the authors").
const Node* box_of(const Node& card, const Node& root, const Node* title, const Node& content,
                   const std::vector<const Node*>& cards, const TextMeasure& measure) {
    const Node* box = &card;
    for (const Node* up = card.parent; up != nullptr && up != &root; up = up->parent) {
        if ((title != nullptr && contains(*up, *title)) || contains(*up, content)) break;
        std::size_t card_text = 0;
        for (const Node* c : cards)
            if (contains(*up, *c)) card_text += measure[*c].text;
        if (measure[*up].text > card_text + kMaxBoxLabel) break;
        box = up;
    }
    return box;
}

// True when the name is all the running text around it (a name line), not a mention inside a sentence.
const Node& block_of(const Node& node) {
    const Node* block = &node;
    while (block->parent != nullptr && !is_block_tag(block->name)) block = block->parent;
    return *block;
}

bool stands_alone(const Node& name_element, const std::string& name, const TextMeasure& measure) {
    return measure[block_of(name_element)].own_text <= code_point_count(name) + 1;
}

// True when the name sits in running text longer than a label around it ("About Maria Lopez").
bool in_sentence(const Node& name_element, const std::string& name, const TextMeasure& measure) {
    return measure[block_of(name_element)].own_text > code_point_count(name) + kMaxBoxLabel;
}

const Node& last_descendant(const Node& node) {
    const Node* last = &node;
    while (!last->children.empty()) last = last->children.back().get();
    return *last;
}

// Paragraphs after the article's text that start like the bio of a known author ("Ann Lee is a
// reporter who covers …"), the name not set apart: each is that author's bio.
void add_bio_paragraphs(const Node& root, const Node& content, const std::vector<std::string>& known_names,
                        const ChromeFilter& chrome, AuthorBoxes& result) {
    const std::size_t content_end = last_descendant(content).order;
    for (const Node* element : elements_of(root)) {
        if (!element->is("p") || element->order <= content_end || in_named_chrome(*element, root, chrome))
            continue;
        const std::string text = text_content(*element);
        const auto name = bio_name(text);
        if (!name || std::find(known_names.begin(), known_names.end(), *name) == known_names.end() ||
            std::any_of(result.authors.begin(), result.authors.end(),
                        [&name](const Person& p) { return p.name == *name; }))
            continue;
        Person person = make_person(*name);
        person.bio = inline_content(*element);
        result.authors.push_back(std::move(person));
        result.boxes.push_back(element);
    }
}

}  // namespace

AuthorBoxes find_author_boxes(const Node& root, const Node* title, const Node& content,
                              const std::vector<std::string>& known_names, const TextMeasure& measure,
                              const ChromeFilter& chrome) {
    AuthorBoxes result;
    const auto names = name_elements(root, known_names, chrome);
    std::vector<const Node*> cards;
    for (const auto& [name_element, name] : names) {
        if (title != nullptr && name_element->order < title->order) continue;
        if (std::any_of(result.authors.begin(), result.authors.end(),
                        [&name = name](const Person& p) { return p.name == name; }))
            continue;
        // A name inside a sentence of the article's text is a mention, even in an element named "author".
        if (!stands_alone(*name_element, name, measure) &&
            (!in_author_scope(*name_element, root) ||
             (contains(content, *name_element) && in_sentence(*name_element, name, measure))))
            continue;
        const Node* card = card_of(*name_element, name, root, title, content, names, measure);
        const Node* bio = bio_block(*card, *name_element, measure);
        if (bio == nullptr) continue;
        const std::string bio_text = text_content(*bio);
        const bool plausible =
            split_words(bio_text).size() >= kMinBioWords && !starts_like_byline(bio_text) &&
            (mentions(bio_text, name) || in_author_scope(*card, root) || bio_name(bio_text).has_value());
        if (!plausible) continue;
        Person person = make_person(name);
        person.bio = inline_content(*bio);
        result.authors.push_back(std::move(person));
        cards.push_back(card);
    }
    for (const Node* card : cards) {
        const Node* box = box_of(*card, root, title, content, cards, measure);
        if (std::find(result.boxes.begin(), result.boxes.end(), box) == result.boxes.end())
            result.boxes.push_back(box);
    }
    add_bio_paragraphs(root, content, known_names, chrome, result);
    return result;
}

}  // namespace folio::html
