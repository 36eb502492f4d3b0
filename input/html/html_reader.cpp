// Reader for a saved article web page: puts charset, metadata, main content, header, body and authors
// together.
#include "input/html/html_reader.hpp"

#include <algorithm>
#include <optional>

#include "input/common/bios.hpp"
#include "input/common/language.hpp"
#include "input/common/line_shape.hpp"
#include "input/common/person_names.hpp"
#include "input/common/utf8.hpp"
#include "input/html/article_body.hpp"
#include "input/html/article_header.hpp"
#include "input/html/article_title.hpp"
#include "input/html/author_boxes.hpp"
#include "input/html/bare_entities.hpp"
#include "input/html/html_parser.hpp"
#include "input/html/main_content.hpp"
#include "input/html/marked_authors.hpp"
#include "input/html/page_charset.hpp"
#include "input/html/page_chrome.hpp"
#include "input/html/page_links.hpp"
#include "input/html/page_metadata.hpp"

namespace folio {

namespace {

using html::Node;

constexpr std::size_t kMinTextToOverrideLanguage = 400;  // bytes of body text
constexpr std::size_t kEnoughArticle = 500;              // code points: surely an article, as in Readability
constexpr double kMostOfProse = 0.5;
constexpr std::size_t kRunningText = 120;      // code points of a paragraph that is no byline
constexpr std::size_t kMaxSignatureNames = 6;  // names an article's marked bylines give at most

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

bool names_a_person(const std::vector<std::string>& names) {
    return std::any_of(names.begin(), names.end(),
                       [](const std::string& name) { return looks_like_name(name); });
}

// The metadata names the authors in order; the byline when it does not, then the page's markup. A
// metadata author that is no person's name (an agency, the site) gives way to people named on the page.
std::vector<std::string> author_names(const std::vector<std::string>& metadata,
                                      const std::vector<std::string>& byline,
                                      const std::vector<std::string>& marked) {
    const std::vector<std::string>& on_page = !byline.empty() ? byline : marked;
    if (metadata.empty() || (!names_a_person(metadata) && names_a_person(on_page))) return on_page;
    return metadata;
}

void mark_lead(std::vector<Block>& blocks) {
    for (Block& block : blocks) {
        if (auto* paragraph = std::get_if<Paragraph>(&block)) {
            paragraph->role = "lead";
            return;
        }
    }
}

// The document order of the first element of `content` holding running text (a paragraph longer
// than a byline, not mostly links); past the end when there is none.
std::size_t first_running_text(const Node& content, const html::TextMeasure& measure) {
    for (const Node* element : html::elements_of(content)) {
        const html::TextStats& stats = measure[*element];
        if (stats.own_text >= kRunningText && stats.own_link_text * 2 < stats.own_text) return element->order;
    }
    return SIZE_MAX;
}

// One reading of the page's article under one set of chrome rules.
struct Reading {
    html::ArticleHeader header;
    std::vector<Block> blocks;
    std::vector<Person> bios;
    std::vector<std::string> marked_authors;  // authors marked in the markup, the article's first
    std::size_t text = 0;                     // code points of the blocks' text
    std::size_t prose = 0;                    // code points of prose the rules leave in the page
};

Reading read_with_rules(const Node& body, const html::PageMetadata& metadata, html::Strictness strictness) {
    const html::ChromeFilter chrome(body, strictness,
                                    html::find_title_heading(body, nullptr, metadata.headlines));
    const html::TextMeasure measure(body, [&chrome](const Node& node) { return chrome(node); });

    const Node* content = html::find_main_content(body, measure);
    const Node* title = html::find_title_heading(body, content, metadata.headlines);
    if (content == nullptr) content = title != nullptr ? title->parent : &body;
    const Node& root = html::article_root(*content, title);

    Reading reading;
    reading.header = html::read_article_header(root, title, *content);
    std::vector<std::string> known_names = metadata.authors;
    known_names.insert(known_names.end(), reading.header.byline_names.begin(),
                       reading.header.byline_names.end());
    html::AuthorBoxes boxes = html::find_author_boxes(root, title, *content, known_names, measure, chrome);

    html::BodyScope scope{root, *content, title, reading.header.consumed, chrome};
    scope.consumed.insert(boxes.boxes.begin(), boxes.boxes.end());
    reading.blocks = html::read_body(scope, measure);
    reading.bios = std::move(boxes.authors);
    if (reading.bios.empty()) reading.bios = take_labelled_bios(reading.blocks);
    for (const Block& block : reading.blocks) reading.text += code_point_count(block_plain_text(block));
    reading.prose = measure[body].prose;
    reading.marked_authors = html::marked_authors(root);
    // Many names marked after the running text starts sign a listing's teasers: only a byline before
    // the text names the article's authors then.
    if (reading.marked_authors.size() > kMaxSignatureNames)
        reading.marked_authors = html::marked_authors(root, first_running_text(*content, measure));
    // Outside the article only what comes before its text: teasers below name other authors.
    if (reading.marked_authors.empty()) reading.marked_authors = html::marked_authors(body, content->order);
    return reading;
}

// The article under the strictest rules that find one: a reading is the article when it holds
// enough text, or most of the prose its rules leave in the page; else the longest reading.
Reading read_article(const Node& body, const html::PageMetadata& metadata) {
    std::optional<Reading> best;
    for (const html::Strictness strictness :
         {html::Strictness::Strict, html::Strictness::Markup, html::Strictness::None}) {
        Reading reading = read_with_rules(body, metadata, strictness);
        const bool enough =
            reading.text >= kEnoughArticle ||
            static_cast<double>(reading.text) >= kMostOfProse * static_cast<double>(reading.prose);
        if (reading.text > 0 && enough) return reading;
        if (!best || reading.text > best->text) best = std::move(reading);
    }
    return std::move(*best);
}

}  // namespace

Document read_html(std::string_view bytes, const ReadOptions& options, Diagnostics& diag) {
    const std::string page = html::resolve_bare_entities(html::decode_page(bytes, diag));
    const html::Tree tree = html::parse_html(page, diag);
    const html::PageMetadata metadata = html::read_page_metadata(tree);
    Reading reading = read_article(*tree.body, metadata);
    html::ArticleHeader& header = reading.header;
    Document doc;
    doc.blocks = std::move(reading.blocks);

    doc.meta.title = !header.title.empty()        ? header.title
                     : metadata.headlines.empty() ? std::string()
                                                  : metadata.headlines.front();
    if (doc.blocks.empty() && doc.meta.title.empty()) throw Error("no article found in the page");
    if (doc.blocks.empty()) diag.warn("the page holds a headline but no article text");
    doc.meta.kicker = header.kicker;
    doc.meta.subtitle = header.subtitle;
    doc.meta.date_text = header.date_text;
    doc.meta.date = !header.date.empty() ? header.date : metadata.date;
    doc.meta.authors = merge_authors(
        author_names(metadata.authors, header.byline_names, reading.marked_authors), std::move(reading.bios));
    doc.meta.publisher = metadata.site_name;
    doc.meta.source_url = metadata.url;
    doc.meta.keywords = metadata.keywords;
    if (doc.meta.subtitle.empty()) mark_lead(doc.blocks);
    // Links relative to the page lead nowhere once the article leaves it: resolve them against its address.
    html::make_links_absolute(doc.blocks, doc.meta.authors,
                              html::is_web_url(metadata.base_url) ? metadata.base_url : metadata.url);
    if (!options.language_given) doc.meta.lang = article_language(metadata.lang, body_text(doc.blocks), diag);
    return doc;
}

}  // namespace folio
