// A photo credit at the end of a caption ("Caption text. © Agency / Name", "Caption (Foto: Name)").
#include "input/common/inline_credit.hpp"

#include "formats/credit.hpp"
#include "input/common/utf8.hpp"

namespace folio {

namespace {

bool is_separator(char32_t c) {
    return c == U'|' || c == U'(' || c == U'–' || c == U'—' || c == U'-' || c == U'/' || c == U'·' ||
           is_space(c);
}

// The text before a credit, without the separators that led to it.
std::string caption_before(std::string_view text) {
    text = trim_space(text);
    while (!text.empty() && is_separator(last_code_point(text))) {
        std::size_t cut = text.size() - 1;
        while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        text = trim_space(text.substr(0, cut));
    }
    return std::string(text);
}

}  // namespace

std::optional<CaptionAndCredit> split_inline_credit(std::string_view text, std::size_t max_credit) {
    std::size_t pos = 0;
    while (pos < text.size()) {
        const std::size_t start = pos;
        const char32_t c = next_code_point(text, pos);
        if (start == 0 || (!is_space(c) && c != U'(')) continue;
        const std::string_view rest = trim_space(text.substr(c == U'(' ? pos : start));
        if (credit_marker_end(rest) == 0 || code_point_count(rest) > max_credit) continue;
        std::string caption = caption_before(text.substr(0, start));
        if (caption.empty()) continue;
        std::string_view credit = rest;
        if (c == U'(' && credit.ends_with(')')) credit = trim_space(credit.substr(0, credit.size() - 1));
        return CaptionAndCredit{std::move(caption), std::string(credit)};
    }
    return std::nullopt;
}

}  // namespace folio
