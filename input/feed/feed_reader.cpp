// Feed reader: tells the feed format, reads it into the common shape and turns the entries into articles.
#include "input/feed/feed_reader.hpp"

#include <algorithm>
#include <string>

#include "input/common/person_names.hpp"
#include "input/common/utf8.hpp"
#include "input/docbook/safe_xml.hpp"
#include "input/feed/atom_feed.hpp"
#include "input/feed/feed_article.hpp"
#include "input/feed/feed_content.hpp"
#include "input/feed/feed_dates.hpp"
#include "input/feed/feed_sniff.hpp"
#include "input/feed/feed_xml.hpp"
#include "input/feed/json_feed.hpp"
#include "input/feed/rss_feed.hpp"
#include "input/html/html_tree.hpp"

namespace folio {

namespace {

constexpr std::string_view prefix = "feed: ";
constexpr std::size_t kMaxEntryWarnings = 50;  // warnings about single entries passed on; the rest counted
constexpr std::size_t kTitleInMessages = 60;   // code points of an entry's title quoted in a message

std::string_view without_bom_and_space(std::string_view bytes) {
    if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
    const auto start = bytes.find_first_not_of(" \t\r\n");
    return start == std::string_view::npos ? std::string_view() : bytes.substr(start);
}

std::string lower(std::string text) {
    for (char& c : text)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return text;
}

feed::Feed read_xml_feed(std::string_view bytes, const Limits& limits, Diagnostics& diag) {
    const std::string sniffed = lower(feed::xml_root_name(bytes));
    if (sniffed == "html" ||
        lower(std::string(without_bom_and_space(bytes).substr(0, 14))) == "<!doctype html")
        throw Error("not a feed: this is an HTML page (a feed has an <rss> or Atom <feed> root element)");
    const XmlDocPtr xml = parse_xml_safely(bytes, "feed", diag);
    const xmlNode* root = xmlDocGetRootElement(xml.get());
    if (!root) throw Error("the document has no root element");
    check_nesting_depth(element_depth(root), "XML elements", limits);
    const std::string_view name = feed::local_name(root);
    const std::string_view ns = feed::namespace_of(root);
    if (name == "rss" || (name == "RDF" && ns == feed::rdf_namespace))
        return feed::read_rss(root, limits, diag);
    if (name == "feed" && ns == feed::atom_namespace) return feed::read_atom(root, limits, diag);
    if (name == "feed")
        throw Error("not an Atom feed: <feed> is not in the Atom namespace " +
                    std::string(feed::atom_namespace));
    std::string message = "not a feed: the root element is <" + std::string(name) + ">";
    if (ns == "http://docbook.org/ns/docbook") message += " (DocBook; read it with -f docbook)";
    throw Error(message + "; a feed's is <rss> or Atom's <feed>");
}

feed::Feed read_any_feed(std::string_view bytes, const Limits& limits, Diagnostics& diag) {
    const std::string_view start = without_bom_and_space(bytes);
    if (start.empty()) throw Error("the input is empty");
    if (start.starts_with('{')) return feed::read_json_feed(bytes, limits, diag);
    if (start.starts_with('<')) return read_xml_feed(bytes, limits, diag);
    throw Error("not a feed: neither XML (RSS, Atom) nor JSON (JSON Feed)");
}

std::string entry_label(std::size_t index, const feed::Entry& entry) {
    std::string label = "entry " + std::to_string(index + 1);
    const std::string title = html::collapse_white_space(entry.title);
    if (title.empty()) return label;
    const std::string shown = first_code_points(title, kTitleInMessages);
    return label + " (\"" + shown + (shown.size() < title.size() ? "…" : "") + "\")";
}

// The newest article's date for the book, else the feed's own.
void take_date(const feed::Feed& feed, Collection& collection) {
    const Document* newest = nullptr;
    for (const Document& article : collection.articles)
        if (!article.meta.date.empty() && (!newest || article.meta.date > newest->meta.date))
            newest = &article;
    if (newest) {
        collection.meta.date = newest->meta.date;
        collection.meta.date_text = newest->meta.date_text;
    } else if (const auto date = feed::feed_date(feed.date)) {
        collection.meta.date = *date;
        collection.meta.date_text = feed.date;
    }
}

Meta book_meta(const feed::Feed& feed) {
    Meta meta;
    meta.title = feed.title;
    meta.subtitle = feed::html_text(feed.description);
    meta.lang = feed.lang;
    meta.source_url = feed.link;
    meta.rights = feed.rights;
    meta.identifier = feed.id;
    for (const std::string& name : feed.authors) meta.authors.push_back(make_person(name));
    return meta;
}

Collection build(const feed::Feed& feed, const Limits& limits, std::vector<std::string>& warnings) {
    Collection collection;
    collection.meta = book_meta(feed);
    collection.articles.reserve(feed.entries.size());
    std::size_t images_left_out = 0;
    for (std::size_t i = 0; i < feed.entries.size(); ++i) {
        Diagnostics entry_diag;
        try {
            collection.articles.push_back(
                feed::entry_article(feed.entries[i], feed, limits, entry_diag, images_left_out));
        } catch (const Error& e) {
            throw Error(entry_label(i, feed.entries[i]) + ": " + e.what());
        }
        for (const std::string& warning : entry_diag.warnings)
            warnings.push_back(entry_label(i, feed.entries[i]) + ": " + warning);
    }
    take_date(feed, collection);
    if (images_left_out > 0)
        warnings.insert(
            warnings.begin(),
            std::to_string(images_left_out) +
                (images_left_out == 1 ? " image the entries link to was"
                                      : " images the entries link to were") +
                " left out (folio never fetches anything); their figures keep caption and credit");
    if (feed.entries.empty()) warnings.insert(warnings.begin(), "the feed has no entries");
    return collection;
}

}  // namespace

Collection read_feed(std::string_view bytes, const ReadOptions& options, Diagnostics& diag) {
    try {
        check_input_size(bytes.size(), options.limits);
        std::vector<std::string> warnings;
        Diagnostics reader_diag;
        const feed::Feed feed = read_any_feed(bytes, options.limits, reader_diag);
        warnings = std::move(reader_diag.warnings);
        Collection collection = build(feed, options.limits, warnings);
        const std::size_t shown = std::min(warnings.size(), kMaxEntryWarnings);
        for (std::size_t i = 0; i < shown; ++i) diag.warn(std::string(prefix) + warnings[i]);
        if (warnings.size() > shown)
            diag.warn(std::string(prefix) + std::to_string(warnings.size() - shown) +
                      " more warnings not shown");
        return collection;
    } catch (const Error& e) {
        const std::string_view message = e.what();
        if (message.starts_with(prefix)) throw;
        throw Error(std::string(prefix) + std::string(message));
    }
}

}  // namespace folio
