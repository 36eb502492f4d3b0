// What RSS, Atom and JSON Feed have in common: the feed's own fields and its entries, before they become
// documents.
#pragma once

#include <string>
#include <vector>

namespace folio::feed {

// Content as the feed carries it: HTML markup (RSS description and content:encoded, Atom type="html" and
// type="xhtml", JSON Feed content_html) or plain text (Atom type="text", JSON Feed content_text).
struct Content {
    std::string body;
    bool html = true;
    bool empty() const { return body.find_first_not_of(" \t\r\n") == std::string::npos; }
};

struct Entry {
    std::string title;  // plain text
    std::vector<std::string> authors;
    std::string date;  // as the feed prints it ("" when none)
    std::string link;
    std::string lang;  // "" when neither the entry nor the feed declares one
    std::string id;
    std::vector<std::string> keywords;
    Content content;  // the whole article; empty when the feed gives only a summary
    Content summary;
};

struct Feed {
    std::string title;
    std::string description;
    std::string lang;
    std::string link;
    std::string date;  // the feed's own date, as printed
    std::string id;
    std::string rights;
    std::vector<std::string> authors;
    std::vector<Entry> entries;
};

}  // namespace folio::feed
