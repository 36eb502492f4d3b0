// A document built in code that uses every field and block the DocBook writer maps (shared by the tests).
#pragma once

#include "formats/document.hpp"

namespace folio::docbook_test {

inline Document sample_document() {
    Document doc;
    Meta& m = doc.meta;
    m.title = "Häfen & Schiffe <heute>";
    m.subtitle = "Ein Untertitel";
    m.kicker = "Südkorea";
    m.lang = "de";
    m.date = "2024-03-05";
    m.date_text = "05.03.2024";
    m.authors = {
        Person{"Frederic Spohr", "Frederic", "Spohr", plain("Frederic Spohr leitet das Büro in Seoul.")},
        Person{"Dr. Anna Lee", "Anna", "Lee", {}},
        Person{"Redaktion", "", "", {text("Die "), emphasis(plain("Redaktion")), text(" schreibt.")}}};
    m.publisher = "Stiftung für die Freiheit";
    m.source_url = "https://news.example/artikel?id=1&x=2";
    m.keywords = {"Häfen", "Logistik"};
    m.rights = "© 2024 Stiftung";
    m.identifier = "urn:sha256:abc123";

    Figure header;
    header.src = "images/hafen.jpg";
    header.media_type = "image/jpeg";
    header.alt = "Containerschiffe im Hafen";
    header.caption = plain("Der Hafen von Busan bei Nacht");
    header.credit = "© picture alliance / ASSOCIATED PRESS | Vladimir Smirnov";
    doc.blocks.push_back(header);
    doc.blocks.push_back(Paragraph{plain("Der Lead des Artikels."), "lead"});
    doc.blocks.push_back(
        Paragraph{{text("Text mit "), emphasis(plain("Betonung")), text(", "), strong(plain("Nachdruck")),
                   text(", "), link("https://example.org/a?b=1&c=2", plain("Link")), text(", "),
                   code("x < y"), line_break(), text("und  zwei Leerzeichen.")},
                  ""});
    doc.blocks.push_back(Heading{2, plain("Erster Abschnitt")});
    doc.blocks.push_back(Paragraph{plain("Absatz im ersten Abschnitt."), ""});
    doc.blocks.push_back(Heading{4, plain("Sprung auf Ebene vier")});
    doc.blocks.push_back(List{false, {plain("eins"), plain("zwei")}});
    doc.blocks.push_back(Heading{3, plain("Leere Überschrift")});
    doc.blocks.push_back(Heading{2, plain("Zweiter Abschnitt")});
    doc.blocks.push_back(List{true, {plain("erstens"), {strong(plain("zweitens"))}}});
    doc.blocks.push_back(BlockQuote{plain("„Ein Zitat.“"), "Kim Jong Un"});
    doc.blocks.push_back(BlockQuote{plain("Ohne Quelle."), ""});
    Figure informal;
    informal.credit = "Foto: Hanna Schubert";
    informal.alt = "Ein Kran";
    doc.blocks.push_back(informal);
    doc.blocks.push_back(ThematicBreak{});
    doc.blocks.push_back(Note{plain("Update: Der Artikel wurde ergänzt.")});
    doc.blocks.push_back(Heading{3, plain("Am Ende")});
    return doc;
}

}  // namespace folio::docbook_test
