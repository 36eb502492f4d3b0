// Test helpers: parsing writer output with pugixml and checking that the article content is all there.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

#include <pugixml.hpp>

#include "formats/document.hpp"

namespace folio::testing {

// All white space runs become one space; no space at either end.
inline std::string collapsed(const std::string& text) {
    std::istringstream in(text);
    std::string out;
    for (std::string word; in >> word;) out += (out.empty() ? "" : " ") + word;
    return out;
}

inline void gather_text(pugi::xml_node node, std::string& text) {
    static const std::vector<std::string> inline_elements = {"em",   "strong", "a",   "code",
                                                             "span", "time",   "cite"};
    for (pugi::xml_node child : node.children()) {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
            text += child.value();
        } else if (child.type() == pugi::node_element) {
            const bool is_inline = std::find(inline_elements.begin(), inline_elements.end(), child.name()) !=
                                   inline_elements.end();
            if (!is_inline) text += ' ';
            gather_text(child, text);
            if (!is_inline) text += ' ';
        }
    }
}

// The text of an element and its descendants as a reader sees it: white space collapsed, a
// space for a line break and between block elements.
inline std::string text_of(pugi::xml_node node) {
    std::string text;
    gather_text(node, text);
    return collapsed(text);
}

inline std::vector<pugi::xml_node> nodes(pugi::xml_node context, const char* xpath) {
    std::vector<pugi::xml_node> found;
    for (const pugi::xpath_node& hit : context.select_nodes(xpath)) found.push_back(hit.node());
    return found;
}

// Parses well-formed XML, failing the test otherwise.
inline void parse_xml(pugi::xml_document& tree, const std::string& bytes, const std::string& what) {
    const pugi::xml_parse_result result = tree.load_buffer(bytes.data(), bytes.size(), pugi::parse_default);
    ASSERT_TRUE(result) << what << ": " << result.description() << " at " << result.offset;
}

inline int count_with_text(pugi::xml_node context, const char* xpath, const std::string& text) {
    int count = 0;
    for (pugi::xml_node node : nodes(context, xpath))
        if (text_of(node) == collapsed(text)) ++count;
    return count;
}

// The article's content in rendered XHTML (an EPUB's article page or the standalone page):
// title in the h1, every paragraph exactly once, captions in figcaption with the credit in the
// doc-credit element, every bio in the authors section, the kicker above the headline.
inline void expect_article_content(const Document& doc, const pugi::xml_document& page) {
    const pugi::xml_node root = page.document_element();
    EXPECT_EQ(count_with_text(root, "//h1", doc.meta.title), 1) << doc.meta.title;
    if (!doc.meta.kicker.empty()) {
        const pugi::xml_node kicker = root.select_node("//header/p[@class='kicker']").node();
        EXPECT_EQ(text_of(kicker), collapsed(doc.meta.kicker));
        EXPECT_EQ(std::string(kicker.next_sibling().name()), "h1");
    }
    std::size_t figure_number = 0;
    for (const Block& block : doc.blocks) {
        if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
            const std::string text = to_plain_text(paragraph->content);
            EXPECT_EQ(count_with_text(root, "//p", text), 1) << text;
            if (paragraph->role == "lead") {
                EXPECT_EQ(count_with_text(root, "//p[@class='lead']", text), 1) << text;
            }
        } else if (const auto* figure = std::get_if<Figure>(&block)) {
            ++figure_number;
            const std::string id = "figure-" + std::to_string(figure_number);
            const pugi::xml_node element = root.select_node(("//figure[@id='" + id + "']").c_str()).node();
            ASSERT_TRUE(element) << id;
            const std::string caption = to_plain_text(figure->caption);
            if (!caption.empty()) {
                EXPECT_EQ(text_of(element.select_node("figcaption/p[@class='caption']").node()),
                          collapsed(caption));
            }
            if (!figure->credit.empty()) {
                const pugi::xml_node credit = element.select_node("figcaption/*[@role='doc-credit']").node();
                EXPECT_EQ(text_of(credit), collapsed(figure->credit));
                EXPECT_EQ(std::string(credit.attribute("class").value()), "credit");
            }
        } else if (const auto* heading = std::get_if<Heading>(&block)) {
            const std::string h = "//section/h" + std::to_string(std::clamp(heading->level, 2, 6));
            EXPECT_EQ(count_with_text(root, h.c_str(), to_plain_text(heading->content)), 1);
        }
    }
    for (const Person& person : doc.meta.authors) {
        if (person.bio.empty()) continue;
        EXPECT_EQ(count_with_text(root, "//section[@id='authors']/div[@class='author']/p[@class='bio']",
                                  to_plain_text(person.bio)),
                  1)
            << person.name;
        EXPECT_EQ(count_with_text(root, "//p", to_plain_text(person.bio)), 1) << person.name;
    }
}

}  // namespace folio::testing
