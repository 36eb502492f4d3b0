// A photo credit at the end of a caption ("Caption text. © Agency / Name", "Caption (Foto: Name)").
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace folio {

struct CaptionAndCredit {
    std::string caption;  // without the separators before the credit ("|", "–", "/", "(")
    std::string credit;   // from its marker on, as printed (without a closing parenthesis)
};

// The caption and the credit when the text goes on, after a space or "(", with a credit marker
// (©, Foto:, Photo:, Bild:, …) followed by at most max_credit code points; the first such marker wins.
// nullopt when there is none or nothing would be left of the caption.
std::optional<CaptionAndCredit> split_inline_credit(std::string_view text, std::size_t max_credit);

}  // namespace folio
