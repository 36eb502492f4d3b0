// EPUB assembly: content documents, images, navigation, package document, then the OCF zip; a collection as
// one content document per article after a contents page.
#include "output/epub/epub_writer.hpp"

#include <map>

#include "output/common/attached_images.hpp"
#include "output/common/build_time.hpp"
#include "output/common/image_check.hpp"
#include "output/common/image_media_type.hpp"
#include "output/common/labels.hpp"
#include "output/epub/book_identifier.hpp"
#include "output/epub/book_stylesheet.hpp"
#include "output/epub/content_document.hpp"
#include "output/epub/cover.hpp"
#include "output/epub/navigation.hpp"
#include "output/epub/package_document.hpp"
#include "output/epub/title_page.hpp"
#include "output/epub/zip_container.hpp"
#include "output/html/book_contents.hpp"
#include "output/html/meta_values.hpp"

namespace folio {

namespace {

constexpr const char* publication_directory = "EPUB/";
constexpr const char* package_path = "EPUB/package.opf";
constexpr const char* xhtml_type = "application/xhtml+xml";
constexpr const char* contents_page_path = "contents.xhtml";

constexpr std::string_view container_xml =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
    "  <rootfiles>\n"
    "    <rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n"
    "  </rootfiles>\n"
    "</container>\n";

struct BookFile {
    ManifestItem item;
    std::string bytes;
};

// Images are stored as they are (JPEG, PNG and GIF do not deflate); text is deflated.
bool worth_compressing(const std::string& media_type) {
    return !media_type.starts_with("image/") || media_type == "image/svg+xml";
}

// The article page; each distinct figure image that a reading system can show becomes a file of its own
// (named with `prefix` in a collection; an image another article already showed is shared).
std::string article_page(const Document& doc, const std::string& lang, std::vector<BookFile>& images,
                         std::vector<TocEntry>& toc, Diagnostics& diag, const std::string& prefix = {}) {
    pugi::xml_document tree;
    pugi::xml_node body = start_content_document(tree, lang, display_title(doc.meta), "bodymatter");
    std::map<const std::uint8_t*, std::string>
        stored_buffers;  // figures sharing bytes: checked and stored once
    const ImageSource image_file = [&](const Figure& figure, std::size_t number) -> std::string {
        if (figure.image.empty()) return {};
        if (const auto stored = stored_buffers.find(figure.image.data()); stored != stored_buffers.end())
            return stored->second;
        CheckedImage image = checked_image(figure.image);
        if (image.problem.empty() && !is_epub_core_image_type(image.media_type))
            image.problem = "not JPEG, PNG, GIF or SVG (" + image.media_type + ")";
        if (!image.problem.empty()) {
            diag.warn("EPUB: the image of figure " + std::to_string(number) +
                      " is left out: " + image.problem + "; the figure keeps only its caption");
            return {};
        }
        for (const BookFile& stored : images)  // figures showing the same image share one file
            if (stored.bytes == image.bytes) return stored_buffers[figure.image.data()] = stored.item.href;
        const std::string name = prefix + "figure-" + std::to_string(number);
        const std::string path = "images/" + name + "." + std::string(image_file_extension(image.media_type));
        images.push_back({{name, path, image.media_type, "", false}, std::move(image.bytes)});
        return stored_buffers[figure.image.data()] = path;
    };
    toc = append_article(body, doc, image_file, diag);
    return finish_content_document(tree);
}

// The identifier (from what `doc` holds), the language and the modification time of a book.
PackageFacts package_facts(const Document& doc, const std::string& lang, UnixSeconds modified,
                           Diagnostics& diag) {
    PackageFacts facts;
    facts.identifier = book_identifier(doc, diag);
    facts.lang = lang;
    facts.modified = w3c_utc_timestamp(modified);
    return facts;
}

// The navigation, the NCX, the style sheet, the cover page and the title page.
std::vector<BookFile> front_files(const Meta& meta, const std::string& lang, const PackageFacts& facts,
                                  const std::vector<TocEntry>& toc, const CoverImage& cover, bool tables) {
    std::vector<BookFile> files;
    files.push_back({{"nav", "nav.xhtml", xhtml_type, "nav", false}, navigation_document(meta, lang, toc)});
    files.push_back({{"ncx", "toc.ncx", "application/x-dtbncx+xml", "", false},
                     ncx_document(meta, lang, facts.identifier, toc)});
    files.push_back(
        {{"style", std::string(stylesheet_path), "text/css", "", false}, book_stylesheet(tables)});
    files.push_back({{"cover", cover_page_path, xhtml_type, "", true}, cover_page(meta, lang, cover)});
    files.push_back({{"titlepage", title_page_path, xhtml_type, "", true}, title_page(meta, lang)});
    return files;
}

// The package document, then every file, zipped as an EPUB.
std::string zip_book(const Document& doc, const PackageFacts& facts, std::vector<BookFile>& files,
                     UnixSeconds modified, Diagnostics& diag) {
    std::vector<ManifestItem> items;
    for (const BookFile& file : files) items.push_back(file.item);
    std::vector<ZipEntry> entries;
    entries.push_back({"mimetype", "application/epub+zip", false});
    entries.push_back({"META-INF/container.xml", std::string(container_xml), true});
    entries.push_back({package_path, package_document(doc, facts, items, diag), true});
    for (BookFile& file : files)
        entries.push_back({publication_directory + file.item.href, std::move(file.bytes),
                           worth_compressing(file.item.media_type)});
    return zip_container(entries, modified);
}

// A collection's contents page: each article linked, with its authors.
std::string contents_page(const Collection& book, const std::string& lang,
                          const std::vector<std::string>& hrefs) {
    pugi::xml_document tree;
    pugi::xml_node body =
        start_content_document(tree, lang, book_labels(book.meta.lang).contents, "frontmatter");
    append_book_contents(body, book, hrefs, false);
    return finish_content_document(tree);
}

void check_language(const Meta& meta, const std::string& lang, Diagnostics& diag) {
    if (lang != "und") return;
    if (meta.lang.empty())
        diag.warn("EPUB: the article's language is unknown; dc:language is \"und\"");
    else
        diag.warn("EPUB: \"" + meta.lang + "\" is not a language tag; dc:language is \"und\"");
}

}  // namespace

std::string write_epub(const Document& doc, const WriteOptions& options, Diagnostics& diag) {
    const Document article = with_attached_image(doc, options, diag);
    const Meta& meta = article.meta;
    const std::string lang = language_tag(meta.lang);
    check_language(meta, lang, diag);
    if (meta.title.empty())
        diag.warn("EPUB: the article has no title; the book is called \"" + display_title(meta) + "\"");

    const UnixSeconds modified = book_time(meta, options, diag);
    PackageFacts facts = package_facts(article, lang, modified, diag);

    std::vector<BookFile> images;
    std::vector<TocEntry> toc;
    std::string article_xhtml = article_page(article, lang, images, toc, diag);
    facts.figure_images = !images.empty();
    CoverImage cover = cover_image(meta, lang, options, diag);

    std::vector<BookFile> files = front_files(meta, lang, facts, toc, cover, has_table(article.blocks));
    files.push_back({{"article", article_page_path, xhtml_type, "", true}, std::move(article_xhtml)});
    files.push_back(
        {{"cover-image", cover.path, cover.media_type, "cover-image", false}, std::move(cover.bytes)});
    for (BookFile& image : images) files.push_back(std::move(image));

    return zip_book(article, facts, files, modified, diag);
}

std::string write_epub_collection(const Collection& book, const WriteOptions& options, Diagnostics& diag) {
    const Meta& meta = book.meta;
    const std::string lang = language_tag(meta.lang);
    check_language(meta, lang, diag);
    // The identifier of a book made from these articles: its metadata and the articles' titles.
    Document outline{meta, {}};
    for (const Document& doc : book.articles) outline.blocks.push_back(Paragraph{plain(doc.meta.title), ""});

    const UnixSeconds modified = book_time(meta, options, diag);
    PackageFacts facts = package_facts(outline, lang, modified, diag);

    std::vector<BookFile> images;
    std::vector<TocEntry> toc;
    std::vector<BookFile> pages;
    std::vector<std::string> hrefs;
    for (std::size_t i = 0; i < book.articles.size(); ++i) {
        const Document& doc = book.articles[i];
        const std::string page = "article-" + std::to_string(i + 1) + ".xhtml";
        const std::string article_lang = doc.meta.lang.empty() ? lang : language_tag(doc.meta.lang);
        std::vector<TocEntry> entries;
        std::string xhtml =
            article_page(doc, article_lang, images, entries, diag, "a" + std::to_string(i + 1) + "-");
        // Each article in the contents with its authors; its headings below it.
        for (TocEntry& entry : entries) {
            entry.page = page;
            if (entry.level == 1)
                if (const std::string names = join_names(doc.meta.lang, author_names(doc.meta));
                    !names.empty())
                    entry.label += " \u2014 " + names;
            toc.push_back(std::move(entry));
        }
        pages.push_back({{"article-" + std::to_string(i + 1), page, xhtml_type, "", true}, std::move(xhtml)});
        hrefs.push_back(page);
    }
    facts.figure_images = !images.empty();
    CoverImage cover = cover_image(meta, lang, options, diag);

    std::vector<BookFile> files = front_files(meta, lang, facts, toc, cover, has_table(book));
    files.push_back(
        {{"contents", contents_page_path, xhtml_type, "", true}, contents_page(book, lang, hrefs)});
    for (BookFile& page : pages) files.push_back(std::move(page));
    files.push_back(
        {{"cover-image", cover.path, cover.media_type, "cover-image", false}, std::move(cover.bytes)});
    for (BookFile& image : images) files.push_back(std::move(image));
    return zip_book(outline, facts, files, modified, diag);
}

}  // namespace folio
