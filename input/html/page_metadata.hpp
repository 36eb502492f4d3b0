// The article's metadata as the page declares it: JSON-LD, OpenGraph and article:* tags, <title>, lang.
#pragma once

#include <string>
#include <vector>

#include "input/html/html_tree.hpp"

namespace folio::html {

struct PageMetadata {
    std::vector<std::string>
        headlines;                     // JSON-LD headline, og:title, twitter:title, <title> without the site
    std::vector<std::string> authors;  // names, in order, without duplicates
    std::string date;                  // ISO 8601 date (YYYY-MM-DD) of publication; "" when none
    std::string description;
    std::string image;  // address of the main image
    std::string lang;   // BCP 47 language (and script) as declared; "" when none
    std::string site_name;
    std::string url;
    std::string base_url;  // <base href> as given; "" when none
    std::vector<std::string> keywords;
};

// JSON-LD first (NewsArticle, Article, BlogPosting, …), then meta tags and microdata, then <title>
// and <html lang>. Malformed JSON-LD is skipped.
PageMetadata read_page_metadata(const Tree& tree);

// The language subtag (and a script subtag) of a BCP 47 or POSIX locale tag: "de-DE" → "de",
// "de_DE" → "de", "zh-Hant-TW" → "zh-Hant"; "" for an empty or malformed tag.
std::string language_of_tag(std::string_view tag);

// <title> without a site name: "Headline | Site" → "Headline" (also " - ", " – ", " — ", " :: ", " · ").
// `site` receives the part that was removed.
std::string title_without_site(const std::string& title, std::string* site);

}  // namespace folio::html
