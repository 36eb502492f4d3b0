// Test helpers for the HTML reader's rule tests: reading a page from a string, texts of the result.
#pragma once

#include <string>
#include <vector>

#include "formats/document.hpp"
#include "input/html/html_reader.hpp"
#include "tests/support/model_queries.hpp"

namespace folio::test {

inline Document read_page(const std::string& html, Diagnostics& diag) { return read_html(html, {}, diag); }

inline Document read_page(const std::string& html) {
    Diagnostics diag;
    return read_html(html, {}, diag);
}

// An article page around `body_html`: a headline and three long paragraphs, then the given markup.
inline std::string article_page(const std::string& body_html, const std::string& head_html = "") {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Harbour news | "
           "Site</title>" +
           head_html +
           "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>The "
           "harbour "
           "opens at night</h1>"
           "<p>The city council decided on Tuesday that the old harbour will stay open until midnight from "
           "May, "
           "after a trial that drew thousands of visitors to the waterfront last summer.</p>"
           "<p>Traders welcomed the decision, although some residents worry about noise, traffic and litter "
           "in "
           "the narrow streets around the quay, which were never built for crowds.</p>" +
           body_html +
           "<p>The first late opening is planned for the second Saturday in May, weather permitting, with "
           "music "
           "on the quay and a night market in the old customs hall.</p></article>"
           "<footer><a href=\"/imprint\">Imprint</a></footer></body></html>";
}

inline std::vector<std::string> paragraph_texts(const Document& doc) {
    std::vector<std::string> texts;
    for (const Paragraph* p : blocks_of<Paragraph>(doc)) texts.push_back(to_plain_text(p->content));
    return texts;
}

inline std::string all_text(const Document& doc) {
    std::string text = doc.meta.title + "\n" + doc.meta.kicker + "\n" + doc.meta.subtitle + "\n";
    for (const Block& block : doc.blocks) text += block_plain_text(block) + "\n";
    for (const Person& p : doc.meta.authors) text += p.name + "\n" + to_plain_text(p.bio) + "\n";
    return text;
}

}  // namespace folio::test
