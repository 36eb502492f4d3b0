// Finding photos in the body lines: alt text, caption and credit, with or without a credit line.
#include "input/text/figures.hpp"

#include <algorithm>
#include <set>
#include <string>

#include "input/common/inline_credit.hpp"
#include "input/common/line_shape.hpp"
#include "input/common/utf8.hpp"
#include "input/text/heading_shape.hpp"

namespace folio {

namespace {

constexpr std::size_t kMaxAltWords = 15;
constexpr std::size_t kMaxCaption = 400;            // code points; a longer line is a body paragraph
constexpr std::size_t kMaxUncreditedCaption = 300;  // code points
constexpr std::size_t kMaxInlineCredit = 100;       // code points of a credit at the end of a caption line
constexpr std::size_t kMaxInlineCreditWords = 12;

// What may stand right before a credit at the end of a caption line: the caption's final
// punctuation or a separator ("Caption. Foto: Name", "Caption | © Agency", "Caption (Photo: Name)").
bool may_precede_credit(char32_t c) {
    return c == U'.' || c == U'!' || c == U'?' || c == U'…' || c == U')' || c == U'"' || c == U'”' ||
           c == U'“' || c == U'»' || c == U'«' || c == U'|' || c == U'/' || c == U'–' || c == U'—' ||
           c == U'·' || c == U'(';
}

// A credit standing alone without a colon: "Photo by Name", "Credit Name" (also glued: "CreditName"),
// "NAME/AFP/Getty Images", "Name/Agency".
bool is_bare_credit(std::string_view line) {
    if (word_count(line) > kMaxInlineCreditWords || ends_like_sentence(line)) return false;
    const std::string lower = to_lower(line.substr(0, 24));
    for (const std::string_view marker :
         {"photo by ", "photos by ", "photograph by ", "image by ", "picture by ", "illustration by ",
          "portrait by ", "video by ", "foto von ", "photo de ", "credit "})
        if (lower.starts_with(marker)) return true;
    if (lower.starts_with("credit")) {
        std::size_t pos = 6;
        if (is_upper(next_code_point(line, pos))) return true;
    }
    // Agency credits join capitalised names with slashes and no spaces around them.
    const std::size_t slash = line.find('/');
    if (slash == std::string_view::npos || slash == 0 || line.find("://") != std::string_view::npos)
        return false;
    if (line[slash - 1] == ' ' || slash + 1 >= line.size() || line[slash + 1] == ' ') return false;
    for (const std::string_view word : split_words(line)) {
        std::size_t pos = 0;
        if (!is_upper(next_code_point(word, pos)) && word != "for" && word != "of") return false;
    }
    return true;
}

class FigureFinder {
public:
    FigureFinder(const SourceLines& lines, std::size_t body_start)
        : lines_(lines), start_(body_start), used_(lines.size(), false) {}

    std::vector<FigureSpan> run() {
        credited();
        credited_inline();
        placeholders();
        bare_credits();
        repeated();
        below_header();
        std::sort(spans_.begin(), spans_.end(),
                  [](const FigureSpan& a, const FigureSpan& b) { return a.first < b.first; });
        return std::move(spans_);
    }

private:
    const SourceLines& lines_;
    std::size_t start_;
    std::vector<bool> used_;
    std::vector<FigureSpan> spans_;

    const std::string& text(std::size_t i) const { return lines_[i].text; }

    // A line that may be a caption or alt text: free, in the body, and not some other kind of line.
    bool is_free_text(std::size_t i) const {
        if (i < start_ || i >= lines_.size() || used_[i]) return false;
        const std::string& line = text(i);
        return !is_credit_line(line) && !is_update_note(line) && !is_author_label(line) &&
               !list_marker(line).has_value();
    }

    void add(std::size_t first, std::size_t last, std::string alt, std::string caption, std::string credit) {
        for (std::size_t i = first; i <= last; ++i) used_[i] = true;
        FigureSpan span{first, last, {}};
        span.figure.alt = std::move(alt);
        span.figure.caption = plain(std::move(caption));
        span.figure.credit = std::move(credit);
        spans_.push_back(std::move(span));
    }

    void credited() {
        for (std::size_t c = start_; c < lines_.size(); ++c) {
            if (!is_credit_line(text(c))) continue;
            if (c == 0 || !is_free_text(c - 1) || code_point_count(text(c - 1)) > kMaxCaption) {
                add(c, c, "", "", text(c));
                continue;
            }
            const std::size_t caption = c - 1;
            const bool has_alt =
                caption > 0 && is_free_text(caption - 1) &&
                (text(caption - 1) == text(caption) || is_short_phrase(text(caption - 1), kMaxAltWords));
            if (has_alt) {
                add(caption - 1, c, text(caption - 1), text(caption), text(c));
            } else {
                add(caption, c, "", text(caption), text(c));
            }
        }
    }

    // A caption line standing alone that ends with its credit, with an optional alt line before it.
    void credited_inline() {
        for (std::size_t c = start_; c < lines_.size(); ++c) {
            if (!is_free_text(c) || !stands_alone(lines_, c) || code_point_count(text(c)) > kMaxCaption)
                continue;
            const auto split = caption_with_credit(text(c));
            if (!split) continue;
            const bool has_alt =
                c > 0 && is_free_text(c - 1) && stands_alone(lines_, c - 1) &&
                (text(c - 1) == split->caption || is_short_phrase(text(c - 1), kMaxAltWords));
            if (has_alt) {
                add(c - 1, c, text(c - 1), split->caption, split->credit);
            } else {
                add(c, c, "", split->caption, split->credit);
            }
        }
    }

    void bare_credits() {
        for (std::size_t c = start_; c < lines_.size(); ++c)
            if (is_free_text(c) && is_bare_credit(text(c))) add(c, c, "", "", text(c));
    }

    // A placeholder line and the caption or credit below it.
    void placeholders() {
        for (std::size_t i = start_; i + 1 < lines_.size(); ++i) {
            if (!is_free_text(i) || !is_image_placeholder(text(i)) || !is_free_text(i + 1)) continue;
            if (is_bare_credit(text(i + 1))) {
                add(i, i + 1, "", "", text(i + 1));
            } else if (code_point_count(text(i + 1)) <= kMaxUncreditedCaption) {
                add(i, i + 1, "", text(i + 1), "");
            }
        }
    }

    void repeated() {
        for (std::size_t i = start_; i + 1 < lines_.size(); ++i) {
            if (is_free_text(i) && is_free_text(i + 1) && text(i) == text(i + 1) &&
                !starts_quotation(text(i))) {
                add(i, i + 1, text(i), text(i), "");
            }
        }
    }

    void below_header() {
        std::size_t s = start_;
        while (s < lines_.size() && is_update_note(text(s))) ++s;
        if (s + 2 >= lines_.size() || !is_free_text(s) || !is_free_text(s + 1)) return;
        if (!stands_alone(lines_, s) || !stands_alone(lines_, s + 1)) return;
        const std::string& alt = text(s);
        const std::string& caption = text(s + 1);
        if (!is_short_phrase(alt, kMaxAltWords) || starts_quotation(alt) || is_title_case(alt)) return;
        if (is_short_phrase(caption, kMaxAltWords) || starts_quotation(caption)) return;
        if (code_point_count(caption) > kMaxUncreditedCaption || !shares_content_word(alt, caption)) return;
        add(s, s + 1, alt, caption, "");
    }
};

}  // namespace

std::optional<CaptionAndCredit> caption_with_credit(std::string_view line) {
    auto split = split_inline_credit(line, kMaxInlineCredit);
    if (!split) {
        // A bare agency credit after a dash or bar: "Caption - NAME/Agency".
        for (const std::string_view separator : {" - ", " – ", " — ", " | "}) {
            const std::size_t at = line.rfind(separator);
            if (at == std::string_view::npos || at == 0) continue;
            const std::string_view credit = trim_space(line.substr(at + separator.size()));
            if (is_bare_credit(credit))
                return CaptionAndCredit{std::string(trim_space(line.substr(0, at))), std::string(credit)};
        }
        return std::nullopt;
    }
    if (word_count(split->credit) > kMaxInlineCreditWords) return std::nullopt;
    const std::string_view before = trim_space(line.substr(0, line.rfind(split->credit)));
    if (before.empty() || !may_precede_credit(last_code_point(before))) return std::nullopt;
    return split;
}

bool is_image_placeholder(std::string_view line) {
    static const std::set<std::string> words = {"image",   "photo",      "picture",   "video",
                                                "graphic", "foto",       "bild",      "illustration",
                                                "gallery", "photograph", "play video"};
    return line.size() <= 16 && words.count(to_lower(line)) > 0;
}

std::vector<FigureSpan> find_figures(const SourceLines& lines, std::size_t body_start) {
    return FigureFinder(lines, body_start).run();
}

}  // namespace folio
