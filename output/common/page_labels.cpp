// Localized page numbering for paged output: "page n of m", "Seite n von m", "page n sur m".
#include "output/common/page_labels.hpp"

#include "output/common/labels.hpp"

namespace folio {

std::string page_n_of_m(std::string_view lang, int n, int m) {
    const std::string_view language = label_language(lang);
    std::string_view page = "Page";
    std::string_view of = "of";
    if (language == "de") {
        page = "Seite";
        of = "von";
    } else if (language == "fr") {
        page = "Page";
        of = "sur";
    }
    std::string out(page);
    out += ' ';
    out += std::to_string(n);
    out += ' ';
    out += of;
    out += ' ';
    out += std::to_string(m);
    return out;
}

}  // namespace folio
