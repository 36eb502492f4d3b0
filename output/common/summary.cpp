// Short forms of an article's text for metadata fields and running heads: a summary, a shortened line.
#include "output/common/summary.hpp"

#include <variant>

#include "formats/utf8.hpp"

namespace folio {

namespace {

constexpr std::size_t kMaxSummary = 1000;  // code points; real subtitles and leads are far shorter

}  // namespace

std::string shortened(std::string_view text, std::size_t max_code_points) {
    std::u32string code_points = decode_utf8(text);
    if (code_points.size() <= max_code_points) return std::string(text);
    std::size_t cut = code_points.rfind(U' ', max_code_points);
    if (cut == std::u32string::npos || cut < max_code_points / 2) cut = max_code_points;
    code_points.resize(cut);
    return encode_utf8(code_points) + "\u2009\u2026";
}

std::string article_summary(const Document& doc) {
    if (!doc.meta.subtitle.empty()) return shortened(doc.meta.subtitle, kMaxSummary);
    for (const Block& block : doc.blocks)
        if (const auto* paragraph = std::get_if<Paragraph>(&block); paragraph && paragraph->role == "lead")
            return shortened(to_plain_text(paragraph->content), kMaxSummary);
    return {};
}

}  // namespace folio
