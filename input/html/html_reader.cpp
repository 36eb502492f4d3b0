// Reader for a saved article web page: puts charset, metadata, main content, header, body and authors
// together.
#include "input/html/html_reader.hpp"

#include "input/common/bios.hpp"
#include "input/common/language.hpp"
#include "input/common/line_shape.hpp"
#include "input/common/person_names.hpp"
#include "input/html/article_body.hpp"
#include "input/html/article_header.hpp"
#include "input/html/article_title.hpp"
#include "input/html/author_boxes.hpp"
#include "input/html/bare_entities.hpp"
#include "input/html/html_parser.hpp"
#include "input/html/main_content.hpp"
#include "input/html/page_charset.hpp"
#include "input/html/page_chrome.hpp"
#include "input/html/page_links.hpp"
#include "input/html/page_metadata.hpp"

namespace folio {

namespace {

using html::Node;

constexpr std::size_t kMinTextToOverrideLanguage = 400;  // bytes of body text

// The running text the language is guessed from: paragraphs, headings, list items and quotes.
std::string body_text(const std::vector<Block>& blocks) {
    std::string text;
    for (const Block& block : blocks) {
        if (std::holds_alternative<Figure>(block) || std::holds_alternative<Note>(block)) continue;
        text += block_plain_text(block);
        text += '\n';
    }
    return text;
}

std::string article_language(const std::string& declared, const std::string& text, Diagnostics& diag) {
    const std::string guessed = guess_language(text);
    if (declared.empty()) {
        if (guessed.empty()) diag.warn("could not tell the language of the text");
        return guessed;
    }
    const std::string declared_language = declared.substr(0, declared.find('-'));
    if (!guessed.empty() && guessed != declared_language && text.size() >= kMinTextToOverrideLanguage &&
        guess_language_by_stop_words(text) == guessed) {
        diag.warn("the page declares the language '" + declared + "' but its text is '" + guessed +
                  "'; using '" + guessed + "'");
        return guessed;
    }
    return declared;
}

// Bio paragraphs after a label such as "Über die Autoren" at the end of the body.
std::vector<Person> take_labelled_bios(std::vector<Block>& blocks) {
    for (std::size_t i = blocks.size(); i-- > 0;) {
        const bool label =
            (std::holds_alternative<Heading>(blocks[i]) || std::holds_alternative<Paragraph>(blocks[i])) &&
            is_author_label(block_plain_text(blocks[i]));
        if (!label) continue;
        blocks.erase(blocks.begin() + static_cast<std::ptrdiff_t>(i));
        return take_author_bios(blocks, i);
    }
    return {};
}

void mark_lead(std::vector<Block>& blocks) {
    for (Block& block : blocks) {
        if (auto* paragraph = std::get_if<Paragraph>(&block)) {
            paragraph->role = "lead";
            return;
        }
    }
}

}  // namespace

Document read_html(std::string_view bytes, const ReadOptions& /*options*/, Diagnostics& diag) {
    const std::string page = html::resolve_bare_entities(html::decode_page(bytes, diag));
    const html::Tree tree = html::parse_html(page, diag);
    const html::PageMetadata metadata = html::read_page_metadata(tree);
    const Node& body = *tree.body;
    const html::TextMeasure measure(body, [](const Node& node) { return html::is_chrome(node); });

    const Node* content = html::find_main_content(body, measure);
    const Node* title = html::find_title_heading(body, content, metadata.headlines);
    if (content == nullptr) content = title != nullptr ? title->parent : &body;
    const Node& root = html::article_root(*content, title);

    const html::ArticleHeader header = html::read_article_header(root, title, *content);
    std::vector<std::string> known_names = metadata.authors;
    known_names.insert(known_names.end(), header.byline_names.begin(), header.byline_names.end());
    html::AuthorBoxes boxes = html::find_author_boxes(root, title, *content, known_names, measure);

    html::BodyScope scope{root, *content, title, header.consumed};
    scope.consumed.insert(boxes.boxes.begin(), boxes.boxes.end());
    Document doc;
    doc.blocks = html::read_body(scope, measure);
    if (boxes.authors.empty()) boxes.authors = take_labelled_bios(doc.blocks);

    doc.meta.title = !header.title.empty()        ? header.title
                     : metadata.headlines.empty() ? std::string()
                                                  : metadata.headlines.front();
    if (doc.blocks.empty() && doc.meta.title.empty()) throw Error("no article found in the page");
    if (doc.blocks.empty()) diag.warn("the page holds a headline but no article text");
    doc.meta.kicker = header.kicker;
    doc.meta.subtitle = header.subtitle;
    doc.meta.date_text = header.date_text;
    doc.meta.date = !header.date.empty() ? header.date : metadata.date;
    // The metadata names the authors in order; the byline when it does not.
    doc.meta.authors = merge_authors(metadata.authors.empty() ? header.byline_names : metadata.authors,
                                     std::move(boxes.authors));
    doc.meta.publisher = metadata.site_name;
    doc.meta.source_url = metadata.url;
    doc.meta.keywords = metadata.keywords;
    if (doc.meta.subtitle.empty()) mark_lead(doc.blocks);
    // Links relative to the page lead nowhere once the article leaves it: resolve them against its address.
    html::make_links_absolute(doc.blocks, doc.meta.authors,
                              html::is_web_url(metadata.base_url) ? metadata.base_url : metadata.url);
    doc.meta.lang = article_language(metadata.lang, body_text(doc.blocks), diag);
    return doc;
}

}  // namespace folio
