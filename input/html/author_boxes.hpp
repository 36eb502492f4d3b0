// Author boxes at the end of an article: a name and a bio paragraph per author (portraits are no figures).
#pragma once

#include <string>
#include <vector>

#include "formats/meta.hpp"
#include "input/html/html_tree.hpp"
#include "input/html/page_chrome.hpp"
#include "input/html/text_measure.hpp"

namespace folio::html {

struct AuthorBoxes {
    std::vector<Person> authors;     // in page order, each with a bio
    std::vector<const Node*> boxes;  // the elements they fill (with their label), to leave out of the body
};

// Finds author cards inside `root`: an element that shows an author's name (a name the metadata
// or byline gives, an itemprop="name", or a name element of an author box) together with a bio
// paragraph that mentions the person or sits in an author box. A card never holds the title or
// the main content, nor sits in page chrome (commenters are no authors). The box around the cards is taken
// along when all it adds is a short label such as "Über die Autoren".
AuthorBoxes find_author_boxes(const Node& root, const Node* title, const Node& content,
                              const std::vector<std::string>& known_names, const TextMeasure& measure,
                              const ChromeFilter& chrome);

}  // namespace folio::html
