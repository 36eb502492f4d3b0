// Word lists for recognising author bios: bio verbs, name particles and words that never start a name.
#include "input/common/bio_words.hpp"

#include <set>

namespace folio {

bool is_bio_verb(std::string_view lower_word) {
    static const std::set<std::string_view> verbs = {
        // German
        "ist", "war", "leitet", "leitete", "studiert", "studierte", "arbeitet", "arbeitete", "lehrt",
        "lehrte", "forscht", "forschte", "schreibt", "schrieb", "berichtet", "berichtete", "promoviert",
        "promovierte", "koordiniert", "betreut", "verantwortet", "unterrichtet", "lebt", "berät",
        "beschäftigt", "befasst", "analysiert", "vertritt", "führt", "hat", "absolviert", "engagiert",
        "gründete", "moderiert", "publiziert", "kommentiert",
        // English
        "is", "was", "leads", "led", "works", "worked", "studies", "studied", "teaches", "taught", "writes",
        "wrote", "heads", "headed", "directs", "directed", "reports", "covers", "researches", "serves",
        "served", "holds", "has", "manages", "coordinates", "lives", "joined", "specialises", "specializes",
        "focuses", "advises", "chairs", "edits", "runs", "founded", "lectures",
        // French
        "est", "était", "dirige", "dirigeait", "travaille", "travaillait", "enseigne", "enseignait", "étudie",
        "écrit", "couvre", "coordonne", "conseille", "préside", "vit", "a", "fut", "mène", "anime",
        "poursuit", "prépare", "rédige", "suit", "codirige", "collabore"};
    return verbs.count(lower_word) > 0;
}

bool is_name_particle(std::string_view word) {
    static const std::set<std::string_view> particles = {
        "von", "van", "de", "da", "das", "do",  "dos", "der", "den", "del", "della", "di",  "du", "des",
        "la",  "le",  "al", "el", "bin", "ibn", "ben", "zu",  "ten", "ter", "vom",   "zur", "y",  "e"};
    return particles.count(word) > 0;
}

bool is_determiner(std::string_view lower_word) {
    static const std::set<std::string_view> words = {
        // German
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen", "er",
        "sie", "es", "wir", "ihr", "man", "dieser", "diese", "dieses", "jener", "jene", "jedes", "jeder",
        "jede", "kein", "keine", "sein", "seine", "unser", "unsere", "mein", "meine", "beide", "viele",
        "alle", "auch", "doch", "aber", "und", "nun", "hier", "dort", "dabei", "damit", "heute",
        // English
        "the", "a", "an", "this", "that", "these", "those", "he", "she", "it", "we", "they", "his", "her",
        "its", "our", "their", "my", "your", "every", "each", "no", "some", "many", "most", "all", "both",
        "there", "here", "today", "but", "and", "yet",
        // French
        "le", "la", "les", "l'", "l’", "un", "une", "des", "du", "il", "elle", "ils", "elles", "on", "ce",
        "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "chaque", "mais", "et",
        "tous", "toutes", "aujourd'hui", "ici"};
    return words.count(lower_word) > 0;
}

bool is_complementizer(std::string_view lower_word) {
    static const std::set<std::string_view> words = {"dass", "daß", "ob",  "that", "whether",
                                                     "que",  "qu'", "qu’", "si"};
    if (words.count(lower_word) > 0) return true;
    return lower_word.starts_with("qu'") || lower_word.starts_with("qu’");
}

}  // namespace folio
