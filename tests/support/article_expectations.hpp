// Test helpers shared by the reader corpus tests: every field of an article's .expect.json checked
// against the Document a reader made of it.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "formats/document.hpp"
#include "input/common/utf8.hpp"
#include "tests/support/model_queries.hpp"

namespace folio::test {

inline std::string or_empty(const nlohmann::json& value) {
    return value.is_null() ? std::string() : value.get<std::string>();
}

// Every string the model holds, for checking that page noise appears nowhere.
inline std::vector<std::string> all_strings(const Document& doc) {
    std::vector<std::string> out = {doc.meta.title, doc.meta.subtitle, doc.meta.kicker, doc.meta.date_text};
    for (const Person& p : doc.meta.authors) {
        out.push_back(p.name);
        out.push_back(to_plain_text(p.bio));
    }
    for (const Block& block : doc.blocks) {
        out.push_back(block_plain_text(block));
        if (const auto* f = std::get_if<Figure>(&block)) {
            out.push_back(f->alt);
            out.push_back(f->credit);
        }
        if (const auto* q = std::get_if<BlockQuote>(&block)) out.push_back(q->attribution);
    }
    return out;
}

// Title, kicker, subtitle, printed date and language.
inline void expect_header(const Document& doc, const nlohmann::json& e) {
    EXPECT_EQ(doc.meta.title, or_empty(e["title"]));
    EXPECT_EQ(doc.meta.kicker, or_empty(e["kicker"]));
    EXPECT_EQ(doc.meta.subtitle, or_empty(e["subtitle"]));
    EXPECT_EQ(doc.meta.date_text, or_empty(e["date"]));
    if (!doc.meta.date_text.empty()) {
        EXPECT_FALSE(doc.meta.date.empty());
    }
    if (e.contains("date_iso")) {
        EXPECT_EQ(doc.meta.date, e["date_iso"].get<std::string>());
    }
    EXPECT_EQ(doc.meta.lang, e["lang"].get<std::string>());
}

inline void expect_update_note(const Document& doc, const nlohmann::json& e) {
    const auto notes = blocks_of<Note>(doc);
    if (e["update"].is_null()) {
        EXPECT_TRUE(notes.empty());
    } else {
        ASSERT_EQ(notes.size(), 1u);
        EXPECT_EQ(to_plain_text(notes[0]->content), e["update"].get<std::string>());
    }
}

// No string of the model is one of the noise lines.
inline void expect_no_noise_line(const Document& doc, const nlohmann::json& noise_lines) {
    const auto strings = all_strings(doc);
    for (const auto& noise : noise_lines)
        for (const auto& s : strings) EXPECT_NE(s, noise.get<std::string>());
}

inline void expect_figures(const Document& doc, const nlohmann::json& expected) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
        const auto* figure = std::get_if<Figure>(&doc.blocks[i]);
        if (figure == nullptr) continue;
        ASSERT_LT(n, expected.size()) << "unexpected figure " << to_plain_text(figure->caption);
        const auto& e = expected[n++];
        EXPECT_EQ(figure->alt, or_empty(e["alt"]));
        EXPECT_EQ(to_plain_text(figure->caption), or_empty(e["caption"]));
        EXPECT_EQ(figure->credit, or_empty(e["credit"]));
        EXPECT_EQ(paragraphs_before(doc, i), e["after_paragraph"].get<int>());
    }
    EXPECT_EQ(n, expected.size());
}

// Paragraph count, first and last paragraph, the lead.
inline void expect_paragraphs(const Document& doc, const nlohmann::json& e) {
    const auto paragraphs = blocks_of<Paragraph>(doc);
    ASSERT_EQ(static_cast<int>(paragraphs.size()), e["paragraph_count"].get<int>());
    ASSERT_FALSE(paragraphs.empty());
    EXPECT_EQ(first_code_points(to_plain_text(paragraphs.front()->content), 40),
              e["first_body_paragraph_starts"].get<std::string>());
    EXPECT_EQ(first_code_points(to_plain_text(paragraphs.back()->content), 40),
              e["last_body_paragraph_starts"].get<std::string>());
    const auto lead = std::find_if(paragraphs.begin(), paragraphs.end(),
                                   [](const Paragraph* p) { return p->role == "lead"; });
    if (e["lead"].is_null()) {
        EXPECT_EQ(lead, paragraphs.end());
    } else {
        ASSERT_NE(lead, paragraphs.end());
        EXPECT_EQ(lead, paragraphs.begin());
        EXPECT_EQ(to_plain_text((*lead)->content), e["lead"].get<std::string>());
    }
    for (const Paragraph* p : paragraphs)
        if (p != paragraphs.front()) {
            EXPECT_EQ(p->role, "");
        }
}

// The section headings, in order, all at level 2.
inline void expect_headings(const Document& doc, const nlohmann::json& e) {
    std::vector<std::string> headings;
    for (const Heading* h : blocks_of<Heading>(doc)) {
        EXPECT_EQ(h->level, 2);
        headings.push_back(to_plain_text(h->content));
    }
    EXPECT_EQ(headings, e["headings"].get<std::vector<std::string>>());
}

inline void expect_lists_and_quotes(const Document& doc, const nlohmann::json& expected) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
        const auto* list = std::get_if<List>(&doc.blocks[i]);
        const auto* quote = std::get_if<BlockQuote>(&doc.blocks[i]);
        if (list == nullptr && quote == nullptr) continue;
        ASSERT_LT(n, expected.size());
        const auto& e = expected[n++];
        EXPECT_EQ(paragraphs_before(doc, i), e["after_paragraph"].get<int>());
        if (list != nullptr) {
            ASSERT_EQ(e["type"], "list");
            std::vector<std::string> items;
            for (const auto& item : list->items) items.push_back(to_plain_text(item));
            EXPECT_EQ(items, e["items"].get<std::vector<std::string>>());
            const std::string marker = e["marker"].get<std::string>();
            EXPECT_EQ(list->ordered, !marker.empty() && marker[0] >= '0' && marker[0] <= '9');
        } else {
            ASSERT_EQ(e["type"], "blockquote");
            EXPECT_EQ(to_plain_text(quote->content), e["text"].get<std::string>());
            EXPECT_EQ(quote->attribution, e["attribution"].get<std::string>());
        }
    }
    EXPECT_EQ(n, expected.size());
}

// Names in order, whole bios, given/family for two-word names.
inline void expect_authors(const Document& doc, const nlohmann::json& expected) {
    ASSERT_EQ(doc.meta.authors.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Person& person = doc.meta.authors[i];
        EXPECT_EQ(person.name, expected[i]["name"].get<std::string>());
        EXPECT_EQ(to_plain_text(person.bio), or_empty(expected[i]["bio"]));
        const auto parts = split_words(person.name);
        if (parts.size() == 2) {
            EXPECT_EQ(person.given, std::string(parts[0]));
            EXPECT_EQ(person.family, std::string(parts[1]));
        }
    }
}

}  // namespace folio::test
