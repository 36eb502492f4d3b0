// Uses an installed folio as a library: builds a Document, writes it as JSON through the format table,
// reads it back, and converts plain text through the pipeline. Exits 1 with a message on any mismatch.
#include <folio.hpp>
#include <iostream>
#include <string>

namespace {

int failures = 0;

void check(bool ok, const std::string& what) {
    if (!ok) {
        std::cerr << "folio_consumer: failed: " << what << '\n';
        ++failures;
    }
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

folio::Document sample_document() {
    folio::Document doc;
    doc.meta.title = "Ein Titel für alle Fälle";
    doc.meta.lang = "de";
    doc.meta.authors.push_back({"Erika Muster", "Erika", "Muster", folio::plain("Erika Muster schreibt.")});
    doc.blocks.push_back(folio::Paragraph{folio::plain("Der erste Absatz."), "lead"});
    folio::Figure figure;
    figure.alt = "Ein Bild";
    figure.caption = folio::plain("Die Bildunterschrift");
    figure.credit = "© Jemand";
    doc.blocks.push_back(figure);
    return doc;
}

}  // namespace

int main() {
    const folio::FormatInfo* json = folio::find_format("json");
    check(json != nullptr && json->write != nullptr && json->read != nullptr, "json format in the table");
    if (json == nullptr) return 1;

    folio::Diagnostics diag;
    const folio::Document doc = sample_document();
    const std::string written = folio::write_document(doc, *json, folio::WriteOptions{}, diag);
    check(contains(written, "\"format\": \"folio\""), "json output names the format: " + written);
    check(contains(written, "\"title\": \"Ein Titel für alle Fälle\""), "json output has the title");
    check(contains(written, "\"credit\": \"© Jemand\""), "json output has the credit");

    const folio::Document read_back = folio::read_document(written, nullptr, "sample.json", {}, diag);
    check(read_back.meta.title == doc.meta.title, "title read back from json");
    check(read_back.blocks.size() == doc.blocks.size(), "blocks read back from json");

    folio::ConvertOptions options;
    options.to = folio::find_format("json");
    options.metadata = {{"author", "Max Muster"}};
    const std::string converted =
        folio::convert_bytes("Ein Titel\n\nEin Absatz mit Inhalt.\n", "article.txt", options, diag);
    check(contains(converted, "\"name\": \"Max Muster\""),
          "text converted to json with -M author: " + converted);

    check(folio::version() == "0.1.0", "version");
    if (failures == 0) std::cout << "folio_consumer: ok (" << written.size() << " bytes of JSON)\n";
    return failures == 0 ? 0 : 1;
}
