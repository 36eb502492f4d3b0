// Finding the runs of a text in another script than its language's (Hangul in a German article), with the
// language each run is in.
#include "output/common/script_runs.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>
#include <set>

namespace folio {

namespace {

// Hangul, kana and Han are one group: a Japanese name mixes kanji and kana, a Korean text may hold Han.
UScriptCode script_group(UScriptCode script) {
    if (script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA || script == USCRIPT_HAN ||
        script == USCRIPT_HANGUL || script == USCRIPT_KATAKANA_OR_HIRAGANA)
        return USCRIPT_HAN;
    return script;
}

// The script groups an article in `lang` is written in.
std::set<UScriptCode> native_groups(std::string_view lang) {
    const std::string primary(lang.substr(0, lang.find('-')));
    std::set<UScriptCode> groups = {USCRIPT_LATIN};
    struct Native {
        std::string_view languages;  // space-separated primary subtags
        UScriptCode group;
    };
    constexpr std::array<Native, 10> natives = {{{"ko ja zh yue", USCRIPT_HAN},
                                                 {"el", USCRIPT_GREEK},
                                                 {"he yi", USCRIPT_HEBREW},
                                                 {"th", USCRIPT_THAI},
                                                 {"ka", USCRIPT_GEORGIAN},
                                                 {"hy", USCRIPT_ARMENIAN},
                                                 {"ru uk be bg sr mk kk ky mn tg", USCRIPT_CYRILLIC},
                                                 {"ar fa ur ps", USCRIPT_ARABIC},
                                                 {"hi mr ne sa", USCRIPT_DEVANAGARI},
                                                 {"bn as", USCRIPT_BENGALI}}};
    for (const Native& native : natives) {
        std::string_view list = native.languages;
        while (!list.empty()) {
            const std::size_t space = list.find(' ');
            if (list.substr(0, space) == primary) groups.insert(native.group);
            list = space == std::string_view::npos ? std::string_view() : list.substr(space + 1);
        }
    }
    return groups;
}

// The language of a run from the scripts in it.
std::string run_language(UScriptCode group, bool hangul, bool kana) {
    if (group == USCRIPT_HAN) return hangul ? "ko" : kana ? "ja" : "und-Hani";
    switch (group) {
        case USCRIPT_GREEK:
            return "el";
        case USCRIPT_HEBREW:
            return "he";
        case USCRIPT_THAI:
            return "th";
        case USCRIPT_GEORGIAN:
            return "ka";
        case USCRIPT_ARMENIAN:
            return "hy";
        default:
            return std::string("und-") + uscript_getShortName(group);
    }
}

// True when no code point of the text can open a run: all of them lie where every character is Latin,
// Common or Inherited (up to IPA Extensions, and General Punctuation but its unassigned end), and Latin is
// native to every article. Most lines of an article are such, and need neither the language's scripts nor
// ICU.
bool latin_or_common_only(std::string_view text) {
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        if (bytes[i] < 0x80) {
            ++i;
            continue;
        }
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (!is_latin_or_common_block(c)) return false;
    }
    return true;
}

}  // namespace

bool is_latin_or_common_block(char32_t c) { return c < 0x2B0 || (c >= 0x2000 && c <= 0x2064); }

std::vector<ScriptRun> foreign_script_runs(std::string_view text, std::string_view lang) {
    if (latin_or_common_only(text)) return {};
    const std::set<UScriptCode> native = native_groups(lang);
    std::vector<ScriptRun> runs;
    UScriptCode current = USCRIPT_INVALID_CODE;  // the group of the open run
    ScriptRun run;
    bool hangul = false, kana = false;
    const auto close = [&] {
        if (current == USCRIPT_INVALID_CODE) return;
        run.lang = run_language(current, hangul, kana);
        runs.push_back(run);
        current = USCRIPT_INVALID_CODE;
    };
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        const int32_t start = i;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (c < 0) continue;
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(c, &status);
        if (U_FAILURE(status) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED) continue;
        const UScriptCode group = script_group(script);
        if (group != current) {
            close();
            if (native.count(group) > 0) continue;
            current = group;
            run = {static_cast<std::size_t>(start), 0, {}};
            hangul = kana = false;
        }
        run.end = static_cast<std::size_t>(i);
        hangul = hangul || script == USCRIPT_HANGUL;
        kana = kana || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA;
    }
    close();
    return runs;
}

std::string foreign_language_of(std::string_view text, std::string_view lang) {
    const std::vector<ScriptRun> runs = foreign_script_runs(text, lang);
    if (runs.size() != 1) return "";
    const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
    const auto length = static_cast<int32_t>(text.size());
    for (int32_t i = 0; i < length;) {
        const bool outside =
            static_cast<std::size_t>(i) < runs[0].begin || static_cast<std::size_t>(i) >= runs[0].end;
        UChar32 c = 0;
        U8_NEXT(bytes, i, length, c);
        if (outside && c >= 0 && u_isalpha(c)) return "";
    }
    return runs[0].lang;
}

}  // namespace folio
