// Reading an RSS 2.0 or RSS 1.0 channel and its items.
#include "input/feed/rss_feed.hpp"

#include "input/feed/feed_limits.hpp"
#include "input/feed/feed_xml.hpp"

namespace folio::feed {

namespace {

// The first of these children with text: RSS elements in `core`'s namespace, others as named.
std::string first_text(const xmlNode* parent, std::string_view ns,
                       std::initializer_list<std::string_view> names) {
    for (const std::string_view name : names)
        if (std::string text = text_of(child_named(parent, ns, name)); !text.empty()) return text;
    return {};
}

std::vector<std::string> texts(const xmlNode* parent, std::string_view ns, std::string_view name) {
    std::vector<std::string> out;
    for (const xmlNode* child : child_elements(parent))
        if (is_named(child, ns, name))
            if (std::string text = text_of(child); !text.empty()) out.push_back(std::move(text));
    return out;
}

Entry read_item(const xmlNode* item, std::string_view core) {
    Entry entry;
    entry.title = text_of(child_named(item, core, "title"));
    entry.link = text_of(child_named(item, core, "link"));
    const xmlNode* guid = child_named(item, core, "guid");
    entry.id = text_of(guid);
    if (entry.link.empty() && guid && attribute(guid, "isPermaLink") != "false" &&
        (entry.id.starts_with("http://") || entry.id.starts_with("https://")))
        entry.link = entry.id;
    if (entry.id.empty()) entry.id = attribute_in(item, "about", rdf_namespace);  // RSS 1.0: rdf:about
    entry.summary = Content{text_of(child_named(item, core, "description")), true};
    entry.content = Content{text_of(child_named(item, content_namespace, "encoded")), true};
    entry.authors = texts(item, core, "author");
    for (std::string& creator : texts(item, dc_namespace, "creator"))
        entry.authors.push_back(std::move(creator));
    entry.date = first_text(item, core, {"pubDate"});
    if (entry.date.empty()) entry.date = first_text(item, dc_namespace, {"date"});
    entry.keywords = texts(item, core, "category");
    for (std::string& subject : texts(item, dc_namespace, "subject"))
        entry.keywords.push_back(std::move(subject));
    entry.lang = first_text(item, dc_namespace, {"language"});
    return entry;
}

}  // namespace

Feed read_rss(const xmlNode* root, const Limits& limits, Diagnostics& /*diag*/) {
    const bool rdf = namespace_of(root) == rdf_namespace;
    const std::string_view core = rdf ? rss1_namespace : std::string_view();
    const xmlNode* channel = child_named(root, core, "channel");
    if (!channel)
        throw Error("not an RSS feed: the <" + std::string(local_name(root)) + "> has no <channel>");

    Feed feed;
    feed.title = text_of(child_named(channel, core, "title"));
    feed.description = text_of(child_named(channel, core, "description"));
    feed.link = text_of(child_named(channel, core, "link"));
    feed.lang = first_text(channel, core, {"language"});
    if (feed.lang.empty()) feed.lang = first_text(channel, dc_namespace, {"language"});
    if (feed.lang.empty()) feed.lang = language_of(channel);
    feed.date = first_text(channel, core, {"pubDate", "lastBuildDate"});
    if (feed.date.empty()) feed.date = first_text(channel, dc_namespace, {"date"});
    feed.rights = first_text(channel, core, {"copyright"});
    if (feed.rights.empty()) feed.rights = first_text(channel, dc_namespace, {"rights"});
    feed.authors = texts(channel, dc_namespace, "creator");
    if (rdf) feed.id = attribute_in(channel, "about", rdf_namespace);

    const xmlNode* items_parent = rdf ? root : channel;
    std::size_t count = 0;
    for (const xmlNode* child = items_parent->children; child; child = child->next)
        if (is_named(child, core, "item")) ++count;
    check_entry_count(count, limits);
    feed.entries.reserve(count);
    for (const xmlNode* child = items_parent->children; child; child = child->next)
        if (is_named(child, core, "item")) feed.entries.push_back(read_item(child, core));
    return feed;
}

}  // namespace folio::feed
