// Words in class and id names that hint at an element's role; a weak signal next to structure and text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "input/html/html_tree.hpp"

namespace folio::html {

enum class NameHint {
    Chrome,    // navigation, consent banners, sharing, related links, newsletters, comments, footers, ads
    Content,   // article, content, main, body, text, story, entry, post
    Kicker,    // topline, overline, kicker, roofline, eyebrow, dachzeile, surtitre, …
    Subtitle,  // subtitle, deck, standfirst, strapline, untertitel, sous-titre, …
    Lead,      // lead, intro, teaser, summary, standfirst paragraph, chapo, vorspann, …
    Date,      // date, time, published, datum, dateline, …
    Byline,    // byline, author, autor, auteur, …
    Author,    // author boxes: author, authors, autor, autoren, auteur, bio, contributor, person, profile
    Caption,   // caption, legend, legende, bildunterschrift, description
    Credit,    // credit, copyright, source, quelle, photographer, fotograf, bildnachweis, …
};

// The words of the element's class and id: split at non-letters and lower-to-upper case changes,
// lower-cased ("article__kicker" → article, kicker; "cookieHint" → cookie, hint).
std::vector<std::string> name_words(const Node& element);

// True when one of the element's class/id words is a word of the hint (or starts with one of its
// longer words, so "newsletterbox" and "cookies" count).
bool has_name_hint(const Node& element, NameHint hint);

}  // namespace folio::html
