// The closing section with the authors' bios, as DocBook renderers print it.
#include "output/docbook/docbook_authors.hpp"

#include <algorithm>
#include <string>

#include "output/common/author_bios.hpp"
#include "output/common/labels.hpp"
#include "output/docbook/docbook_inlines.hpp"

namespace folio {

void write_docbook_authors(const Meta& meta, XmlWriter& xml) {
    if (std::none_of(meta.authors.begin(), meta.authors.end(),
                     [](const Person& person) { return !person.bio.empty(); }))
        return;
    xml.open("section", {{"role", "authors"}});
    xml.line("title", {}, xml.escape(std::string(about_authors_label(meta.lang, meta.authors.size()))));
    for (const Person& person : meta.authors) {
        if (!person.name.empty() && !bio_names_author(person))
            xml.line("para", {{"role", "author-name"}}, xml.escape(person.name));
        if (!person.bio.empty()) xml.line("para", {{"role", "bio"}}, docbook_inline_markup(person.bio, xml));
    }
    xml.close();
}

}  // namespace folio
