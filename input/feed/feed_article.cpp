// Turning one feed entry into a Document: metadata, body or summary, and the summary note.
#include "input/feed/feed_article.hpp"

#include <algorithm>
#include <string>

#include "input/common/person_names.hpp"
#include "input/common/utf8.hpp"
#include "input/feed/feed_content.hpp"
#include "input/feed/feed_dates.hpp"
#include "input/feed/summary_note.hpp"
#include "input/html/html_tree.hpp"

namespace folio::feed {

namespace {

constexpr std::size_t kTitleWords = 10;  // words of the text that stand in for a missing title

// "jdoe@example.com (Jane Doe)" gives "Jane Doe"; a name alone stays as it is.
std::string author_name(std::string_view value) {
    value = trim_space(value);
    const std::size_t open = value.find('(');
    if (value.find('@') != std::string_view::npos && open != std::string_view::npos && value.ends_with(')')) {
        const std::string_view name = trim_space(value.substr(open + 1, value.size() - open - 2));
        if (!name.empty()) return std::string(name);
    }
    return std::string(value);
}

// The people an author field names: "A and B" gives two when every part is a person's name.
std::vector<Person> people(const std::vector<std::string>& values) {
    std::vector<std::string> names;
    for (const std::string& value : values) {
        const std::string name = author_name(value);
        if (name.empty()) continue;
        const std::vector<std::string> parts = split_names(name);
        const bool list_of_people =
            parts.size() > 1 &&
            std::all_of(parts.begin(), parts.end(), [](const auto& p) { return looks_like_name(p); });
        for (const std::string& part : list_of_people ? parts : std::vector<std::string>{name})
            if (std::find(names.begin(), names.end(), part) == names.end()) names.push_back(part);
    }
    std::vector<Person> out;
    for (std::string& name : names) out.push_back(make_person(std::move(name)));
    return out;
}

std::string plain_text(const std::vector<Block>& blocks) {
    std::string text;
    for (const Block& block : blocks) {
        if (std::holds_alternative<Figure>(block) || std::holds_alternative<Note>(block)) continue;
        if (!text.empty()) text += ' ';
        text += block_plain_text(block);
    }
    return html::collapse_white_space(text);
}

std::string first_words(const std::string& text) {
    const std::vector<std::string_view> words = split_words(text);
    std::string out;
    for (std::size_t i = 0; i < words.size() && i < kTitleWords; ++i) {
        if (!out.empty()) out += ' ';
        out += words[i];
    }
    if (words.size() > kTitleWords) out += "…";
    return out;
}

// The summary's text without the ellipsis a truncated excerpt ends in.
std::string excerpt_text(const std::string& summary) {
    std::string text(trim_space(summary));
    for (const std::string_view tail : {"[…]", "[...]", "…", "...", "[&hellip;]"}) {
        if (text.ends_with(tail)) {
            text.erase(text.size() - tail.size());
            text = std::string(trim_space(text));
            break;
        }
    }
    return text;
}

void mark_lead(std::vector<Block>& blocks) {
    for (Block& block : blocks) {
        if (auto* paragraph = std::get_if<Paragraph>(&block)) {
            paragraph->role = "lead";
            return;
        }
        if (!std::holds_alternative<Figure>(block)) return;
    }
}

void read_date(const Entry& entry, Meta& meta, Diagnostics& diag) {
    const std::string printed(trim_space(entry.date));
    if (printed.empty()) return;
    if (const auto date = feed_date(printed)) {
        meta.date = *date;
        meta.date_text = printed;
        return;
    }
    diag.warn("the date \"" + printed + "\" is not a date folio can read; the article has no date");
}

}  // namespace

Document entry_article(const Entry& entry, const Feed& feed, const Limits& limits, Diagnostics& diag,
                       std::size_t& images_left_out) {
    Document doc;
    Meta& meta = doc.meta;
    meta.title = html::collapse_white_space(trim_space(entry.title));
    meta.authors = people(entry.authors);
    read_date(entry, meta, diag);
    meta.source_url = entry.link;
    meta.lang = !entry.lang.empty() ? entry.lang : feed.lang;
    meta.keywords = entry.keywords;
    meta.identifier = entry.id;
    meta.publisher = feed.title;

    ContentBlocks body = read_content(entry.content, entry.link, diag);
    ContentBlocks summary = read_content(entry.summary, entry.link, diag);
    // A summary beside the content only gives the lead's text; its images are the content's.
    images_left_out += entry.content.empty() ? summary.images_left_out : body.images_left_out;
    if (entry.content.empty()) {
        doc.blocks = std::move(summary.blocks);
        mark_lead(doc.blocks);
        doc.blocks.push_back(summary_note(meta.lang, entry.link));
    } else {
        doc.blocks = std::move(body.blocks);
        const std::string lead = excerpt_text(plain_text(summary.blocks));
        if (!lead.empty() && !plain_text(doc.blocks).starts_with(lead))
            doc.blocks.insert(doc.blocks.begin(), Paragraph{plain(lead), "lead"});
    }
    check_block_count(doc.blocks.size(), limits);

    if (meta.title.empty()) {
        meta.title = first_words(plain_text(doc.blocks));
        if (!meta.title.empty())
            diag.warn("the entry has no title; its first words stand in for it");
        else
            diag.warn("the entry has no title and no text");
    }
    return doc;
}

}  // namespace folio::feed
