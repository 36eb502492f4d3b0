// Cover image choice and the cover page that shows it.
#include "output/epub/cover.hpp"

#include "output/common/image_check.hpp"
#include "output/common/image_media_type.hpp"
#include "output/common/labels.hpp"
#include "output/epub/content_document.hpp"
#include "output/epub/generated_cover.hpp"
#include "output/html/meta_values.hpp"
#include "output/html/xhtml_tree.hpp"

namespace folio {

CoverImage cover_image(const Meta& meta, const std::string& lang, const WriteOptions& options,
                       Diagnostics& diag) {
    if (!options.cover_image.empty()) {
        CheckedImage image = checked_image(options.cover_image);
        if (image.problem.empty() && !is_epub_core_image_type(image.media_type))
            image.problem = "not JPEG, PNG, GIF or SVG (" + image.media_type + ")";
        if (image.problem.empty())
            return {"images/cover." + std::string(image_file_extension(image.media_type)), image.media_type,
                    std::move(image.bytes)};
        diag.warn("EPUB: the cover image is left out: " + image.problem + "; a cover is generated instead");
    }
    return {"images/cover.svg", "image/svg+xml", generated_cover_svg(meta, lang)};
}

std::string cover_page(const Meta& meta, const std::string& lang, const CoverImage& cover) {
    pugi::xml_document tree;
    pugi::xml_node body = start_content_document(tree, lang, book_labels(meta.lang).cover, "cover");
    set_attribute(body, "class", "cover-page");
    pugi::xml_node section = body.append_child("section");
    set_attribute(section, "class", "cover");
    pugi::xml_node image = section.append_child("img");
    set_attribute(image, "src", cover.path);
    std::string alt = display_title(meta);
    const std::string names = byline(meta.lang, author_names(meta));
    if (!names.empty()) alt += " – " + names;
    set_attribute(image, "alt", alt);
    return finish_content_document(tree);
}

}  // namespace folio
