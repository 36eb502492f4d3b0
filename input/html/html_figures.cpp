// Figures from <figure>/<figcaption> and from div-based image, caption and copyright markup.
#include "input/html/html_figures.hpp"

#include <charconv>

#include "formats/credit.hpp"
#include "input/common/inline_credit.hpp"
#include "input/common/line_shape.hpp"
#include "input/common/utf8.hpp"
#include "input/html/class_names.hpp"
#include "input/html/html_inlines.hpp"
#include "input/html/page_chrome.hpp"
#include "input/html/text_runs.hpp"

namespace folio::html {

namespace {

constexpr int kMinPhotoSide = 80;            // pixels, when the page gives a size
constexpr std::size_t kMaxFigureText = 600;  // code points of caption and credit together
constexpr std::size_t kMaxCaptionBlock = 400;
constexpr std::size_t kMaxCreditLine = 80;
constexpr std::size_t kMaxCreditAfterMarker = 160;
constexpr std::size_t kMinInlineImage = 1024;  // characters of a data: URI; placeholders are shorter

int pixel_size(std::string_view value) {
    int size = -1;
    std::from_chars(value.data(), value.data() + value.size(), size);
    return size;
}

std::vector<const Node*> content_images(const Node& element) {
    std::vector<const Node*> images;
    for (const Node* img : elements_named(element, "img"))
        if (is_content_image(*img)) images.push_back(img);
    return images;
}

bool is_credit_element(const Node& element) {
    const std::string_view itemprop = element.attribute("itemprop");
    return has_name_hint(element, NameHint::Credit) || itemprop == "copyrightHolder" ||
           itemprop == "creditText" || itemprop == "copyrightNotice" || itemprop == "creator";
}

const Node* find_element(const Node& container, bool (*wanted)(const Node&)) {
    for (const Node* element : elements_of(container))
        if (element != &container && wanted(*element)) return element;
    return nullptr;
}

bool is_caption_element(const Node& element) {
    return element.is("figcaption") || (has_name_hint(element, NameHint::Caption) && !element.is("img"));
}

std::string trimmed(std::string_view s) { return std::string(trim_space(s)); }

// Caption text left before a credit: without trailing separators and an opening bracket.
bool looks_like_credit_line(std::string_view line) {
    line = trim_space(line);
    if (credit_marker_end(line) > 0) return true;
    return code_point_count(line) <= kMaxCreditLine && !ends_like_sentence(line) && word_count(line) <= 8;
}

bool inside_caption_markup(const Node& node, const Node& limit) {
    for (const Node* n = node.parent; n != nullptr && n != &limit; n = n->parent)
        if (n->is("figure") || n->is("figcaption")) return true;
    return false;
}

}  // namespace

bool is_content_image(const Node& img) {
    if (!img.is("img") || image_source(img).empty()) return false;
    const int width = pixel_size(img.attribute("width"));
    const int height = pixel_size(img.attribute("height"));
    if ((width >= 0 && width < kMinPhotoSide) || (height >= 0 && height < kMinPhotoSide)) return false;
    return img.attribute("role") != "presentation";
}

std::string image_source(const Node& img) {
    const std::string src = trimmed(img.attribute("src"));
    if (!src.empty() && !src.starts_with("data:")) return src;
    for (const char* lazy : {"data-src", "data-lazy-src", "data-original", "data-srcset", "srcset"}) {
        std::string value = trimmed(img.attribute(lazy));
        if (value.empty() || value.starts_with("data:")) continue;
        const std::size_t end = value.find_first_of(" ,");
        return value.substr(0, end);
    }
    // An image written into the page (a single-file save); a short one is a lazy-loading placeholder.
    return src.size() >= kMinInlineImage ? src : std::string();
}

bool is_figure_container(const Node& element, const TextMeasure& measure) {
    if (element.is("img")) return is_content_image(element);
    const auto images = content_images(element);
    if (images.size() != 1) return false;
    if (element.is("figure")) return true;
    if (element.is("p")) return measure[element].text == 0;
    // A block around a <figure> or <figcaption> and text of its own is a post with a picture: the
    // walk goes down to the figure.
    const bool has_caption_markup =
        !elements_named(element, "figure").empty() || !elements_named(element, "figcaption").empty();
    for (const Node* inner : elements_of(element))
        if (inner->is("p") && (measure[*inner].text > kMaxCaptionBlock ||
                               (has_caption_markup && measure[*inner].text > 0 &&
                                !is_caption_element(*inner) && !inside_caption_markup(*inner, element))))
            return false;
    for (const char* tag : {"h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "blockquote", "table", "article"})
        if (!elements_named(element, tag).empty()) return false;
    return measure[element].text <= kMaxFigureText;
}

bool is_caption_block(const Node& element, const TextMeasure& measure) {
    if (measure[element].text == 0 || measure[element].text > kMaxCaptionBlock) return false;
    if (is_caption_element(element) || is_credit_element(element)) return true;
    const std::string text = text_content(element);
    return credit_marker_end(text) > 0 && code_point_count(text) <= kMaxCreditLine;
}

Figure read_figure(const Node& container) {
    Figure figure;
    const auto images =
        container.is("img") ? std::vector<const Node*>{&container} : content_images(container);
    if (!images.empty()) {
        figure.src = image_source(*images.front());
        figure.alt = trimmed(collapse_white_space(images.front()->attribute("alt")));
    }
    const Node* credit = find_element(container, is_credit_element);
    if (credit != nullptr) figure.credit = text_content(*credit);
    const Node* caption = find_element(container, is_caption_element);
    // Hidden markup (a formula's MathML kept for screen readers beside its image) is no caption.
    const SkipNode skip_credit = [credit](const Node& node) {
        return &node == credit || (node.is_element() && is_chrome_markup(node));
    };
    if (caption != nullptr && (credit == nullptr || !contains(*credit, *caption))) {
        figure.caption = inline_content(*caption, skip_credit);
    } else if (!container.is("img")) {
        figure.caption = inline_content(container, skip_credit);
    }
    if (figure.credit.empty() && caption != nullptr) {
        // A credit beside the caption element, without a class that names it.
        const SkipNode skip_caption = [caption](const Node& node) { return &node == caption; };
        for (const TextRun& run : text_runs(container, skip_caption))
            if (credit_marker_end(run.text) > 0 && code_point_count(run.text) <= kMaxCreditAfterMarker)
                figure.credit = run.text;
    }
    if (figure.credit.empty()) split_credit_from_caption(figure);
    return figure;
}

void add_caption_block(Figure& figure, const Node& caption_block) {
    const std::string text = text_content(caption_block);
    const bool credit_only = is_credit_element(caption_block) ||
                             (credit_marker_end(text) > 0 && !is_caption_element(caption_block));
    if (credit_only && figure.credit.empty()) {
        figure.credit = text;
        return;
    }
    if (!figure.caption.empty()) return;
    figure.caption = inline_content(caption_block);
    if (figure.credit.empty()) split_credit_from_caption(figure);
}

void split_credit_from_caption(Figure& figure) {
    // A line break between caption and credit.
    for (std::size_t i = figure.caption.size(); i-- > 0;) {
        if (figure.caption[i].kind != Inline::Kind::LineBreak) continue;
        const Inlines last_line(figure.caption.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                figure.caption.end());
        const std::string line = trimmed(to_plain_text(last_line));
        if (line.empty() || !looks_like_credit_line(line)) break;
        figure.credit = line;
        figure.caption.erase(figure.caption.begin() + static_cast<std::ptrdiff_t>(i), figure.caption.end());
        return;
    }
    // A credit marker inside the text: "Caption text. © Agency / Name", "Caption (Foto: Name)".
    const std::string text = to_plain_text(figure.caption);
    if (auto split = split_inline_credit(text, kMaxCreditAfterMarker)) {
        figure.credit = std::move(split->credit);
        figure.caption = plain(std::move(split->caption));
        return;
    }
    if (figure.caption.empty()) return;
    // A caption that is nothing but a credit.
    if (credit_marker_end(text) > 0 && code_point_count(text) <= kMaxCreditAfterMarker) {
        figure.credit = trimmed(text);
        figure.caption.clear();
    }
}

}  // namespace folio::html
