// Reading an entry's HTML or plain-text content as blocks, leaving out the images folio would have to fetch.
#include "input/feed/feed_content.hpp"

#include <string>

#include "input/common/utf8.hpp"
#include "input/html/article_body.hpp"
#include "input/html/bare_entities.hpp"
#include "input/html/html_parser.hpp"
#include "input/html/page_chrome.hpp"
#include "input/html/page_links.hpp"
#include "input/html/text_measure.hpp"

namespace folio::feed {

namespace {

bool is_blank_line(std::string_view line) { return trim_space(line).empty(); }

// Plain text: paragraphs at blank lines, a line break at every other line end.
std::vector<Block> text_paragraphs(std::string_view text) {
    std::vector<Block> blocks;
    Inlines current;
    auto finish = [&] {
        if (!current.empty()) blocks.push_back(Paragraph{std::move(current), ""});
        current.clear();
    };
    std::size_t at = 0;
    while (at <= text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(at, end - at);
        if (line.ends_with('\r')) line.remove_suffix(1);
        if (is_blank_line(line)) {
            finish();
        } else {
            if (!current.empty()) current.push_back(line_break());
            current.push_back(folio::text(std::string(trim_space(line))));
        }
        at = end + 1;
    }
    finish();
    return blocks;
}

// The image is part of the content only when written into it; anything else would have to be fetched.
bool is_embedded(const std::string& src) { return src.starts_with("data:"); }

std::size_t leave_out_remote_images(std::vector<Block>& blocks) {
    std::size_t left_out = 0;
    std::vector<Block> kept;
    kept.reserve(blocks.size());
    for (Block& block : blocks) {
        if (auto* figure = std::get_if<Figure>(&block);
            figure && !figure->src.empty() && !is_embedded(figure->src)) {
            ++left_out;
            figure->src.clear();
            if (figure->caption.empty() && figure->credit.empty() && figure->alt.empty()) continue;
        }
        kept.push_back(std::move(block));
    }
    blocks = std::move(kept);
    return left_out;
}

std::vector<Block> html_blocks(const html::Tree& tree) {
    const html::Node& body = *tree.body;
    const html::ChromeFilter chrome(body, html::Strictness::None, nullptr);
    const html::TextMeasure measure(body, [](const html::Node&) { return false; });
    const html::BodyScope scope{body, body, nullptr, {}, chrome};
    std::vector<Block> blocks = html::read_body(scope, measure);
    if (blocks.empty()) {
        // Content too short for a paragraph of its own (loose words in a <div>): its text still counts.
        std::string text = html::text_content(body);
        if (!text.empty()) blocks.push_back(Paragraph{plain(std::move(text)), ""});
    }
    return blocks;
}

}  // namespace

ContentBlocks read_content(const Content& content, std::string_view base, Diagnostics& diag) {
    ContentBlocks out;
    if (content.empty()) return out;
    if (!content.html) {
        out.blocks = text_paragraphs(content.body);
        return out;
    }
    const html::Tree tree = html::parse_html(html::resolve_bare_entities(content.body), diag);
    out.blocks = html_blocks(tree);
    out.images_left_out = leave_out_remote_images(out.blocks);
    std::vector<Person> no_authors;
    html::make_links_absolute(out.blocks, no_authors, base);
    return out;
}

std::string html_text(std::string_view html) {
    if (html.find('<') == std::string_view::npos && html.find('&') == std::string_view::npos)
        return html::collapse_white_space(trim_space(html));
    Diagnostics ignored;  // a title's markup errors are not worth a warning
    const html::Tree tree = html::parse_html(html::resolve_bare_entities(html), ignored);
    return html::text_content(*tree.body);
}

}  // namespace folio::feed
