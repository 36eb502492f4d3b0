// A German sample article with every block type, inline markup and full metadata, for writer/reader tests.
#pragma once

#include "formats/document.hpp"

namespace folio::testing {

inline Person sample_author(std::string name, std::string given, std::string family, Inlines bio) {
    Person person;
    person.name = std::move(name);
    person.given = std::move(given);
    person.family = std::move(family);
    person.bio = std::move(bio);
    return person;
}

inline Document sample_document() {
    Document doc;
    doc.meta.title = "So wahrscheinlich sind nordkoreanische Waffenlieferungen an Russland";
    doc.meta.kicker = "Nordkorea";
    doc.meta.lang = "de";
    doc.meta.date = "2023-09-12";
    doc.meta.date_text = "12.09.2023";
    doc.meta.authors = {
        sample_author("Frederic Spohr", "Frederic", "Spohr",
                      {text("Frederic Spohr leitet das Büro der "),
                       link("https://example.org/stiftung", {text("Friedrich-Naumann-Stiftung")}),
                       text(" für die Freiheit in Seoul.")}),
        sample_author("Jannik Krahe", "", "",
                      plain("Jannik Krahe studiert Politikwissenschaften an der TU Darmstadt.")),
    };
    doc.meta.publisher = "Stiftung für die Freiheit";
    doc.meta.source_url = "https://example.org/artikel/nordkorea";
    doc.meta.keywords = {"Nordkorea", "Russland", "Waffen"};
    doc.meta.rights = "© 2023 Stiftung";
    doc.meta.identifier = "urn:uuid:0b8f2c1e-1111-4222-8333-944455556666";

    Figure figure;
    figure.src = "images/putin-kim.jpg";
    figure.media_type = "image/jpeg";
    figure.alt = "Putin begrüßt Kim Jong Un";
    figure.caption = plain("Kremlchef Wladimir Putin begrüßt Nordkoreas Diktator Kim Jong Un");
    figure.credit = "© picture alliance / ASSOCIATED PRESS | Vladimir Smirnov";
    doc.blocks.push_back(figure);

    doc.blocks.push_back(
        Paragraph{plain("Nordkoreas Staatschef Kim Jong Un und der russische Präsident Wladimir "
                        "Putin haben sich am Kosmodrom Wostotschny getroffen."),
                  "lead"});
    doc.blocks.push_back(
        Paragraph{{text("Die Größenordnung ist "), emphasis({text("unklar")}), text(", doch "),
                   strong({text("152-mm-"), emphasis({text("Granaten")})}),
                   text(" gelten als wahrscheinlich."), line_break(), text("Mehr dazu "),
                   link("https://example.org/x", {text("hier")}), text(" und im Code "), code("a<b")},
                  ""});
    doc.blocks.push_back(Heading{2, plain("Was Russland braucht")});
    doc.blocks.push_back(
        List{false, {plain("Artilleriemunition"), {text("Raketen vom Typ "), strong({text("KN-23")})}}});
    doc.blocks.push_back(List{true, {plain("erstens"), plain("zweitens")}});
    doc.blocks.push_back(BlockQuote{plain("„Wir werden die Zusammenarbeit ausbauen.“"), "Wladimir Putin"});
    doc.blocks.push_back(Note{plain("Update: Der Artikel wurde am 13.09.2023 ergänzt.")});
    doc.blocks.push_back(ThematicBreak{});
    doc.blocks.push_back(
        Paragraph{plain("Allerdings können die Amerikaner gegen UN-Sanktionen wenig tun."), ""});
    return doc;
}

}  // namespace folio::testing
