// SVG cover generation: wrapped text lines placed on a fixed grid.
#include "output/epub/generated_cover.hpp"

#include <algorithm>
#include <vector>

#include <pugixml.hpp>

#include "output/common/labels.hpp"
#include "output/common/line_wrap.hpp"
#include "output/html/meta_values.hpp"
#include "output/html/xhtml_tree.hpp"

namespace folio {

namespace {

constexpr int cover_width = 600;
constexpr int cover_height = 900;
constexpr int margin_left = 64;
constexpr std::size_t most_title_lines = 7;

struct TitleSize {
    int font_size;
    int columns;
};

// Larger letters for short titles; a column is about 0.48 em of bold serif text, and the text
// block is 472 units wide.
TitleSize title_size(const std::string& title) {
    const int width = display_width(title);
    if (width <= 36) return {58, 17};
    if (width <= 70) return {48, 20};
    if (width <= 120) return {40, 24};
    return {32, 30};
}

std::vector<std::string> limited_lines(const std::string& text, int columns, std::size_t most) {
    std::vector<std::string> lines = wrap_lines(text, columns);
    if (lines.size() > most) {
        lines.resize(most);
        lines.back() += "…";
    }
    return lines;
}

// A <text> element with one <tspan> per line, the first baseline at y.
int append_lines(pugi::xml_node svg, const std::vector<std::string>& lines, int y, int font_size,
                 const char* family, const char* weight, const char* fill) {
    if (lines.empty()) return y;
    pugi::xml_node text = svg.append_child("text");
    set_attribute(text, "font-family", family);
    set_attribute(text, "font-size", std::to_string(font_size));
    set_attribute(text, "font-weight", weight);
    set_attribute(text, "fill", fill);
    const int line_height = font_size * 6 / 5;
    for (const std::string& line : lines) {
        pugi::xml_node span = append_element(text, "tspan", line);
        set_attribute(span, "x", std::to_string(margin_left));
        set_attribute(span, "y", std::to_string(y));
        y += line_height;
    }
    return y - line_height;
}

void append_rect(pugi::xml_node svg, int x, int y, int width, int height, const char* fill) {
    pugi::xml_node rect = svg.append_child("rect");
    set_attribute(rect, "x", std::to_string(x));
    set_attribute(rect, "y", std::to_string(y));
    set_attribute(rect, "width", std::to_string(width));
    set_attribute(rect, "height", std::to_string(height));
    set_attribute(rect, "fill", fill);
}

}  // namespace

std::string generated_cover_svg(const Meta& meta, const std::string& lang) {
    pugi::xml_document tree;
    pugi::xml_node svg = tree.append_child("svg");
    set_attribute(svg, "xmlns", "http://www.w3.org/2000/svg");
    set_attribute(svg, "version", "1.1");
    set_attribute(svg, "width", std::to_string(cover_width));
    set_attribute(svg, "height", std::to_string(cover_height));
    set_attribute(svg, "viewBox", "0 0 " + std::to_string(cover_width) + " " + std::to_string(cover_height));
    set_attribute(svg, "xml:lang", lang);
    const std::string title = display_title(meta);
    append_element(svg, "title", title);

    append_rect(svg, 0, 0, cover_width, cover_height, "#1e2a38");
    append_rect(svg, margin_left, 150, 72, 6, "#d9a93f");
    int y = 210;
    if (!meta.kicker.empty())
        y = append_lines(svg, limited_lines(meta.kicker, 30, 2), y, 26, "sans-serif", "bold", "#d9a93f") + 70;
    const TitleSize size = title_size(title);
    y = append_lines(svg, limited_lines(title, size.columns, most_title_lines), y, size.font_size, "serif",
                     "bold", "#ffffff");
    if (!meta.subtitle.empty())
        y = append_lines(svg, limited_lines(meta.subtitle, 38, 3), y + 60, 24, "serif", "normal", "#c9d3dd");
    const std::string names = join_names(meta.lang, author_names(meta));
    if (!names.empty())
        append_lines(svg, limited_lines(names, 34, 3), std::max(y + 90, 700), 26, "sans-serif", "normal",
                     "#ffffff");
    if (!meta.publisher.empty())
        append_lines(svg, limited_lines(meta.publisher, 44, 1), cover_height - 60, 18, "sans-serif", "normal",
                     "#9fb0c0");
    return serialize_xml(tree);
}

}  // namespace folio
