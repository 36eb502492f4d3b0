// Finding the runs of a text in another script than its language's (Hangul in a German article), with the
// language each run is in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace folio {

struct ScriptRun {
    std::size_t begin = 0;  // byte offsets into the text
    std::size_t end = 0;
    std::string lang;  // "ko", "ja", "el", …; "und-Cyrl" where the script does not tell the language
};

// The runs of `text` in a script that is neither Latin nor the script of the language `lang` (the
// article's), with spaces and punctuation between letters of one script kept inside the run. Hangul is
// "ko", kana (with or without Han) "ja", Greek "el", Hebrew "he", Thai "th", Georgian "ka", Armenian
// "hy"; other scripts, Han alone and Cyrillic or Arabic among them, "und-" and the ISO 15924 code.
std::vector<ScriptRun> foreign_script_runs(std::string_view text, std::string_view lang);

// True for the code points below U+02B0 and U+2000–U+2064 (General Punctuation up to its first unassigned
// code point), where every character's script is Latin, Common or Inherited: text of these alone has no
// foreign run.
bool is_latin_or_common_block(char32_t c);

// The language of `text` when all its letters are in one such run ("부산항" in a German article: "ko");
// "" otherwise.
std::string foreign_language_of(std::string_view text, std::string_view lang);

}  // namespace folio
