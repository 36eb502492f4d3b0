// Reading schema.org article metadata from the page's JSON-LD scripts.
#pragma once

#include "input/html/html_tree.hpp"
#include "input/html/page_metadata.hpp"

namespace folio::html {

// Fills the empty fields of `metadata` from the first JSON-LD object whose @type is an article type
// (NewsArticle, Article, BlogPosting, ReportageNewsArticle, …), looking inside @graph and arrays:
// headline, author names, datePublished, image, description, inLanguage, publisher name, url, keywords.
void read_json_ld(const Tree& tree, PageMetadata& metadata);

}  // namespace folio::html
