// Links of a saved page made absolute against the page's own web address, so they still lead somewhere.
#include "input/html/page_links.hpp"

#include <algorithm>
#include <type_traits>
#include <variant>

namespace folio::html {

namespace {

struct UrlParts {
    std::string_view scheme;     // without ':'
    std::string_view authority;  // without "//"; empty when none
    std::string_view path;
    std::string_view query;  // with '?', or empty
};

bool is_scheme_char(char c, bool first) {
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    return first ? letter : letter || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

// The length of the scheme before ':' at the start of the reference, 0 when it has none.
std::size_t scheme_length(std::string_view url) {
    for (std::size_t i = 0; i < url.size(); ++i) {
        if (url[i] == ':') return i;
        if (!is_scheme_char(url[i], i == 0)) return 0;
    }
    return 0;
}

UrlParts split(std::string_view url) {
    UrlParts parts;
    url = url.substr(0, url.find('#'));
    if (const std::size_t n = scheme_length(url); n > 0) {
        parts.scheme = url.substr(0, n);
        url.remove_prefix(n + 1);
    }
    if (url.starts_with("//")) {
        url.remove_prefix(2);
        const std::size_t end = url.find_first_of("/?");
        parts.authority = url.substr(0, end);
        url = end == std::string_view::npos ? std::string_view() : url.substr(end);
    }
    const std::size_t query = url.find('?');
    parts.path = url.substr(0, query);
    if (query != std::string_view::npos) parts.query = url.substr(query);
    return parts;
}

// The path with "." and ".." segments removed (RFC 3986, section 5.2.4).
std::string remove_dot_segments(std::string_view path) {
    std::vector<std::string_view> kept;
    std::size_t start = path.starts_with('/') ? 1 : 0;
    bool trailing_slash = false;
    while (start <= path.size()) {
        const std::size_t end = std::min(path.find('/', start), path.size());
        const std::string_view segment = path.substr(start, end - start);
        trailing_slash = segment == "." || segment == "..";
        if (segment == "..") {
            if (!kept.empty()) kept.pop_back();
        } else if (segment != ".") {
            kept.push_back(segment);
        }
        start = end + 1;
    }
    std::string out = path.starts_with('/') ? "/" : "";
    for (std::size_t i = 0; i < kept.size(); ++i) {
        if (i > 0) out += '/';
        out += kept[i];
    }
    if (trailing_slash && !out.ends_with('/')) out += '/';
    return out;
}

void resolve_in(Inlines& content, std::string_view base) {
    for (Inline& piece : content) {
        if (piece.kind == Inline::Kind::Link) piece.href = resolve_url(base, piece.href);
        resolve_in(piece.children, base);
    }
}

}  // namespace

bool is_web_url(std::string_view url) {
    const UrlParts parts = split(url);
    std::string scheme(parts.scheme);
    for (char& c : scheme) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return (scheme == "http" || scheme == "https") && !parts.authority.empty();
}

std::string resolve_url(std::string_view base, std::string_view reference) {
    if (scheme_length(reference) > 0) return std::string(reference);
    const UrlParts b = split(base);
    const std::string_view fragment = reference.find('#') == std::string_view::npos
                                          ? std::string_view()
                                          : reference.substr(reference.find('#'));
    const std::string prefix = std::string(b.scheme) + ":";
    if (reference.starts_with("//")) return prefix + std::string(reference);
    const UrlParts r = split(reference);
    std::string path;
    std::string_view query = r.query;
    if (r.path.empty()) {
        path = b.path;
        if (query.empty()) query = b.query;
    } else if (r.path.starts_with('/')) {
        path = remove_dot_segments(r.path);
    } else {
        const std::size_t slash = b.path.rfind('/');
        const std::string folder =
            slash == std::string_view::npos ? "/" : std::string(b.path.substr(0, slash + 1));
        path = remove_dot_segments(folder + std::string(r.path));
    }
    if (path.empty()) path = "/";
    return prefix + "//" + std::string(b.authority) + path + std::string(query) + std::string(fragment);
}

void make_links_absolute(std::vector<Block>& blocks, std::vector<Person>& authors, std::string_view base) {
    if (!is_web_url(base)) return;
    for (Block& block : blocks) {
        std::visit(
            [&](auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, Paragraph> || std::is_same_v<T, Heading> ||
                              std::is_same_v<T, BlockQuote> || std::is_same_v<T, Note>) {
                    resolve_in(b.content, base);
                } else if constexpr (std::is_same_v<T, Figure>) {
                    resolve_in(b.caption, base);
                } else if constexpr (std::is_same_v<T, List>) {
                    for (Inlines& item : b.items) resolve_in(item, base);
                } else if constexpr (std::is_same_v<T, Table>) {
                    resolve_in(b.caption, base);
                    for (auto* part : {&b.head, &b.rows})
                        for (TableRow& row : *part)
                            for (TableCell& cell : row) resolve_in(cell.content, base);
                }
            },
            block);
    }
    for (Person& person : authors) resolve_in(person.bio, base);
}

}  // namespace folio::html
