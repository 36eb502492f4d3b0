// Bounding the nesting of an HTML page before libxml2 parses it: void elements closed, depth capped.
#include "input/html/tag_nesting.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <set>
#include <vector>

#include "input/html/html_tags.hpp"

namespace folio::html {

namespace {

bool is_void(std::string_view name) {
    static const std::set<std::string_view> names = {
        "area", "base",  "basefont", "bgsound", "br",   "col",  "command", "embed",  "frame", "hr", "image",
        "img",  "input", "isindex",  "keygen",  "link", "meta", "param",   "source", "track", "wbr"};
    return names.count(name) > 0;
}

bool is_raw_text(std::string_view name) {
    return name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp" ||
           name == "noembed" || name == "noframes" || name == "iframe";
}

// Start tags that close an open element of the same family at the top, as HTML's parser does: a block
// closes a paragraph, a list item the previous item, a cell the previous cell.
bool closes_top(std::string_view start, std::string_view top) {
    if (top == "p") return is_block_tag(start) && start != "html" && start != "body";
    if (start == "li") return top == "li";
    if (start == "dt" || start == "dd") return top == "dt" || top == "dd";
    if (start == "td" || start == "th") return top == "td" || top == "th";
    if (start == "tr") return top == "td" || top == "th" || top == "tr";
    if (start == "option") return top == "option";
    if (heading_level(start) > 0) return heading_level(top) > 0;  // a heading never holds another
    return false;
}

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == ':' || c == '_';
}

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string lower_name(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    return out;
}

// The offset just past the '>' that ends the tag starting at `at`, skipping quoted attribute values.
std::size_t tag_end(std::string_view html, std::size_t at) {
    char previous = '\0';
    for (std::size_t i = at + 1; i < html.size(); ++i) {
        const char c = html[i];
        if (c == '>') return i + 1;
        if ((c == '"' || c == '\'') && previous == '=') {
            const std::size_t close = html.find(c, i + 1);
            if (close == std::string_view::npos) return html.size();
            i = close;
        }
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') previous = c;
    }
    return html.size();
}

// The offset of the end tag of raw text element `name` at or after `from` (or the end of the page).
std::size_t raw_text_end(std::string_view html, std::size_t from, std::string_view name) {
    for (std::size_t at = html.find("</", from); at != std::string_view::npos; at = html.find("</", at + 2)) {
        if (lower_name(html.substr(at + 2, name.size())) == name &&
            (at + 2 + name.size() >= html.size() || !is_name_char(html[at + 2 + name.size()])))
            return at;
    }
    return html.size();
}

class NestingBounder {
public:
    NestingBounder(std::string_view html, std::size_t max_depth) : html_(html), max_depth_(max_depth) {
        out_.html.reserve(html.size() + html.size() / 64);
    }

    BoundedMarkup run() {
        std::size_t at = 0;
        while (at < html_.size()) {
            const std::size_t lt = html_.find('<', at);
            out_.html.append(
                html_.substr(at, lt == std::string_view::npos ? std::string_view::npos : lt - at));
            if (lt == std::string_view::npos) break;
            at = markup(lt);
        }
        return std::move(out_);
    }

private:
    // Copies or rewrites the markup at `lt`; returns the offset after it.
    std::size_t markup(std::size_t lt) {
        const std::string_view rest = html_.substr(lt);
        if (rest.starts_with("<!--")) {
            const std::size_t close = html_.find("-->", lt + 4);
            return copy(lt, close == std::string_view::npos ? html_.size() : close + 3);
        }
        if (rest.starts_with("<!") || rest.starts_with("<?")) return copy(lt, tag_end(html_, lt));
        if (rest.starts_with("</") && rest.size() > 2 && is_letter(rest[2])) return end_tag(lt);
        if (rest.size() > 1 && is_letter(rest[1])) return start_tag(lt);
        return copy(lt, lt + 1);
    }

    std::size_t copy(std::size_t from, std::size_t to) {
        out_.html.append(html_.substr(from, to - from));
        return to;
    }

    std::string name_at(std::size_t from) const {
        std::size_t end = from;
        while (end < html_.size() && is_name_char(html_[end])) ++end;
        return lower_name(html_.substr(from, end - from));
    }

    std::size_t start_tag(std::size_t lt) {
        const std::string name = name_at(lt + 1);
        const std::size_t end = tag_end(html_, lt);
        const bool closed = html_[end - 1] == '>';
        const bool self_closing = closed && end >= 2 && html_[end - 2] == '/';
        if (is_void(name)) {
            if (self_closing || !closed) return copy(lt, end);
            out_.html.append(html_.substr(lt, end - 1 - lt));
            out_.html.append(" />");
            return end;
        }
        if (is_raw_text(name)) return copy(lt, raw_text_end(html_, end, name));
        if (self_closing) return copy(lt, end);
        // Closed with an end tag of its own, so that libxml2, whose HTML 4 rules differ (it nests dd in
        // dd), builds the same tree as this count.
        while (!open_.empty() && closes_top(name, open_.back())) {
            out_.html += "</" + open_.back() + ">";
            open_.pop_back();
        }
        if (open_.size() >= max_depth_) {
            ++dropped_by_name_[name];
            ++out_.dropped_tags;
            return end;
        }
        open_.push_back(name);
        return copy(lt, end);
    }

    std::size_t end_tag(std::size_t lt) {
        const std::string name = name_at(lt + 2);
        const std::size_t end = tag_end(html_, lt);
        const auto open = std::find(open_.rbegin(), open_.rend(), name);
        if (open != open_.rend()) {
            open_.erase(std::prev(open.base()), open_.end());
            return copy(lt, end);
        }
        if (auto dropped = dropped_by_name_.find(name);
            dropped != dropped_by_name_.end() && dropped->second > 0) {
            --dropped->second;
            ++out_.dropped_tags;
            return end;
        }
        return copy(lt, end);
    }

    std::string_view html_;
    std::size_t max_depth_;
    std::vector<std::string> open_;
    std::map<std::string, std::size_t> dropped_by_name_;
    BoundedMarkup out_;
};

}  // namespace

BoundedMarkup bound_nesting(std::string_view html, std::size_t max_depth) {
    return NestingBounder(html, max_depth).run();
}

}  // namespace folio::html
