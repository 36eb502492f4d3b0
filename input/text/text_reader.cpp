// Reader for the plain-text export of an article web page: puts header, body, figures and bios together.
#include "input/text/text_reader.hpp"

#include <variant>

#include "formats/metadata.hpp"
#include "input/common/bios.hpp"
#include "input/common/dates.hpp"
#include "input/common/decode.hpp"
#include "input/common/language.hpp"
#include "input/common/person_names.hpp"
#include "input/text/article_span.hpp"
#include "input/text/body.hpp"
#include "input/text/figures.hpp"
#include "input/text/front_matter.hpp"
#include "input/text/header.hpp"
#include "input/text/source_lines.hpp"

namespace folio {

namespace {

// The first paragraph is the lead, unless a deck under the headline already serves as standfirst.
void mark_lead(std::vector<Block>& blocks) {
    for (Block& block : blocks) {
        if (auto* paragraph = std::get_if<Paragraph>(&block)) {
            paragraph->role = "lead";
            return;
        }
    }
}

// The running text the language is guessed from: paragraphs, headings, list items and quotes.
std::string body_text(const Document& doc) {
    std::string text;
    for (const Block& block : doc.blocks) {
        if (std::holds_alternative<Figure>(block) || std::holds_alternative<Note>(block)) continue;
        text += block_plain_text(block);
        text += '\n';
    }
    return text.empty() ? doc.meta.title : text;
}

void apply_front_matter(Meta& meta, const MetadataOverrides& overrides) {
    if (overrides.empty()) return;
    apply_metadata(meta, overrides);
    if (meta.date.empty() && !meta.date_text.empty()) meta.date = recognize_date(meta.date_text).value_or("");
}

}  // namespace

Document read_text(std::string_view bytes, const ReadOptions& options, Diagnostics& diag) {
    const std::string text = decode_text(bytes, diag);
    const FrontMatter front = split_front_matter(text, diag);
    std::size_t noise_dropped = 0;
    const SourceLines lines = find_article(split_source_lines(front.body, noise_dropped));
    if (lines.empty()) throw Error("no article text (only blank lines or page noise)");

    Document doc;
    const Header header = read_header(lines);
    doc.meta.kicker = header.kicker;
    doc.meta.title = header.title;
    doc.meta.subtitle = header.subtitle;
    doc.meta.date_text = header.date_text;
    doc.meta.date = header.date;
    if (!header.date_text.empty() && header.date.empty()) {
        diag.warn("date line '" + header.date_text + "' could not be read as a date");
    }

    const bool after_byline = !header.byline_names.empty() || !header.date_text.empty();
    Body body = read_body(lines, header.end, find_figures(lines, header.end), after_byline);
    check_block_count(body.blocks.size(), options.limits);
    doc.meta.authors =
        merge_authors(header.byline_names, take_author_bios(body.blocks, body.author_label_at));
    if (doc.meta.subtitle.empty()) mark_lead(body.blocks);
    doc.blocks = std::move(body.blocks);
    if (!options.language_given && !sets_key(front.overrides, "lang")) {
        doc.meta.lang = guess_language(body_text(doc));
        if (doc.meta.lang.empty()) diag.warn("could not tell the language of the text");
    }

    apply_front_matter(doc.meta, front.overrides);
    return doc;
}

}  // namespace folio
