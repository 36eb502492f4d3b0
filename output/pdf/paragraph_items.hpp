// A paragraph as boxes, glue and penalties, made a window at a time and set into lines as they become final.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <vector>

#include "output/pdf/line_breaker.hpp"
#include "output/pdf/typesetter.hpp"

namespace folio::pdf {

// A stretch of one font and one markup inside a box.
struct Typesetter::Piece {
    int font = -1;
    std::uint16_t markup = 0;
    std::u32string text;
    double width = 0;  // kerning included
    std::vector<Kern> kerns;
    // The kern between the last letter and the first of the word's next box (same font and markup), in em:
    // counted in the box's width and taken back by the penalty between them, drawn when no line ends there.
    float joint = 0;
};

// A box (a word or part of one), glue (a space) or a penalty (a possible break, maybe with a hyphen).
struct Typesetter::Item {
    BreakItem geometry;
    std::vector<Piece> pieces;  // boxes: the word; penalties: the hyphen drawn when breaking there
    std::uint16_t markup = 0;   // glue: the markup of the space
    int font = -1;              // glue: the font of the space
};

// The items are made from the text as the line breaker asks for them, and dropped once their lines are
// set, so only a window of them exists at a time.
class Typesetter::Paragraph final : public BreakSource {
public:
    Paragraph(Typesetter& typesetter, const StyledText& text, const TextStyle& style, double width,
              const std::function<void(TextLine&&)>& line);

    const BreakItem* item(std::size_t i) override;
    void lines(std::span<const LineBreak> breaks) override;

    // Item i, which must still be held.
    const Item& at(std::size_t i) const { return items_[i - base_]; }
    const StyledText& text() const { return text_; }
    const TextStyle& style() const { return style_; }
    double width() const { return width_; }
    bool justify() const { return justify_; }

private:
    void step();  // reads one more code point (or ends the paragraph)
    // Ends the box; when the word goes on with code point `next` after a break point, returns the width of
    // the kern between them (the joint, counted in the box), which a break there takes back.
    double finish_box(std::size_t next = kWordEnds);
    static constexpr std::size_t kWordEnds = static_cast<std::size_t>(-1);
    void add_char(char32_t cp, std::uint16_t markup);
    void add_space(std::uint16_t markup);
    void add_hyphen_break(std::uint16_t markup);
    // Ends a box grown wider than the line before code point next, with a warning the first time.
    void add_emergency_break(std::size_t next);
    void add_forced_break();

    Typesetter& ts_;
    const StyledText& text_;
    const TextStyle& style_;
    const double width_;
    const bool justify_;
    const std::function<void(TextLine&&)>& line_;
    std::vector<bool> breaks_;   // after code point i, a line may break
    std::vector<bool> hyphens_;  // after code point i, a hyphen may go
    std::size_t next_ = 0;       // the next code point to read
    bool ended_ = false;
    Item box_;                    // the box being read
    std::deque<Item> items_;      // items from base_ on
    std::size_t base_ = 0;        // the index of items_.front()
    std::size_t line_start_ = 0;  // the first item of the next line
};

}  // namespace folio::pdf
