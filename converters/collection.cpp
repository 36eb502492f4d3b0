// Many articles as one book: inputs read into a Collection, the book's metadata completed, the book written.
#include "converters/collection.hpp"

#include <algorithm>

#include "converters/figure_images.hpp"
#include "converters/file_error.hpp"
#include "converters/file_io.hpp"
#include "converters/format_detection.hpp"
#include "output/common/labels.hpp"

namespace folio {

namespace {

// The first element of an XML document, after the prolog, comments and a doctype, is a <book>.
bool opens_with_book_element(std::string_view bytes) {
    std::size_t at = 0;
    while ((at = bytes.find('<', at)) != std::string_view::npos && at < 65536) {
        const std::string_view rest = bytes.substr(at + 1);
        if (!rest.starts_with('?') && !rest.starts_with('!'))
            return rest.starts_with("book") && rest.size() > 4 &&
                   std::string_view(" \t\r\n>/:").find(rest[4]) != std::string_view::npos;
        ++at;
    }
    return false;
}

// One input's articles: a collection format gives all it holds, any other format its one article.
std::vector<Document> read_articles(const std::string& input, const ConvertOptions& options,
                                    std::vector<std::string>& images, Diagnostics& diag) {
    const std::string bytes = read_input(input, options.limits.input_bytes);
    try {
        if (bytes.empty()) throw Error("the input is empty");
        const FormatInfo& format =
            options.from != nullptr ? *options.from : detect_input_format(input, bytes);
        return read_book(bytes, format, input, options, images, diag).articles;
    } catch (const FileError&) {
        throw;
    } catch (const Error& e) {
        throw FileError(input_display_name(input), e.what());
    }
}

}  // namespace

bool holds_collection(const FormatInfo& format, std::string_view bytes) {
    if (format.read_collection == nullptr) return false;
    if (format.read == nullptr) return true;
    const std::string_view start = bytes.substr(0, 4096);
    return start.find("\"folio-collection\"") != std::string_view::npos || opens_with_book_element(bytes);
}

Collection read_book(std::string_view bytes, const FormatInfo& format, const std::string& input,
                     const ConvertOptions& options, std::vector<std::string>& images, Diagnostics& diag) {
    const ReadOptions read_options{input, options.limits};
    Collection book;
    if (format.read_collection != nullptr)
        book = format.read_collection(bytes, read_options, diag);
    else if (format.read != nullptr)
        book.articles.push_back(format.read(bytes, read_options, diag));
    else
        throw Error("folio cannot read " + std::string(format.name));
    for (Document& doc : book.articles) {
        std::vector<std::string> opened =
            load_figure_images(doc,
                               {input, options.resource_paths, options.limits, !options.to->embeds_images,
                                options.to->copies_per_figure},
                               diag);
        images.insert(images.end(), opened.begin(), opened.end());
    }
    return book;
}

Collection read_collection_files(const std::vector<std::string>& inputs, const ConvertOptions& options,
                                 bool skip_failed, std::vector<std::string>& images, Diagnostics& diag) {
    Collection book;
    for (const std::string& input : inputs) {
        Diagnostics own;  // the input's warnings, named after it in the book's
        try {
            std::vector<Document> articles = read_articles(input, options, images, own);
            for (Document& doc : articles) book.articles.push_back(std::move(doc));
        } catch (const FileError& e) {
            for (const std::string& warning : own.warnings)
                diag.warn(input_display_name(input) + ": " + warning);
            if (!skip_failed) throw;
            diag.warn(e.file() + ": " + e.what() + " (left out of the book)");
            continue;
        }
        for (const std::string& warning : own.warnings) diag.warn(input_display_name(input) + ": " + warning);
    }
    if (book.articles.empty()) throw Error("no article is left for the book");
    return book;
}

void complete_book_meta(Collection& book, const MetadataOverrides& overrides) {
    apply_metadata(book.meta, overrides);
    Meta& meta = book.meta;
    if (book.articles.empty()) return;
    const Meta& first = book.articles.front().meta;
    if (meta.lang.empty()) meta.lang = first.lang;
    if (meta.title.empty()) {
        const std::string_view title = first.title.empty() ? untitled_label(meta.lang) : first.title;
        meta.title = book.articles.size() == 1 ? std::string(title)
                                               : and_more(meta.lang, title, book.articles.size() - 1);
    }
    if (meta.date.empty())
        for (const Document& doc : book.articles) meta.date = std::max(meta.date, doc.meta.date);
    if (meta.authors.empty())
        for (const Document& doc : book.articles)
            for (const Person& person : doc.meta.authors) {
                const bool known = std::any_of(meta.authors.begin(), meta.authors.end(),
                                               [&](const Person& p) { return p.name == person.name; });
                if (!known && !person.name.empty())
                    meta.authors.push_back(Person{person.name, person.given, person.family, {}});
            }
}

std::string write_collection(const Collection& book, const FormatInfo& to, const WriteOptions& options,
                             Diagnostics& diag) {
    if (to.write_collection == nullptr)
        throw Error("folio cannot write several articles as one " + std::string(to.name) + " file");
    if (options.source_date_epoch) return to.write_collection(book, options, diag);
    WriteOptions pinned = options;
    pinned.source_date_epoch = source_date_epoch_from_environment();
    return to.write_collection(book, pinned, diag);
}

void convert_collection(const std::vector<std::string>& inputs, const std::string& output,
                        const ConvertOptions& options, bool skip_failed, Diagnostics& diag) {
    ConvertOptions resolved = options;
    resolved.to = resolve_output_format(options.to, output);
    if (resolved.to == nullptr)
        throw FileError(output_display_name(output), "cannot tell the output format from the file name");
    refuse_binary_terminal(output, *resolved.to);
    std::vector<std::string> images;
    Collection book = read_collection_files(inputs, resolved, skip_failed, images, diag);
    complete_book_meta(book, resolved.metadata);
    std::string converted;
    try {
        if (output != standard_stream) check_outputs_spare_images(images, {output});
        converted = write_collection(book, *resolved.to, resolved.write, diag);
    } catch (const Error& e) {
        throw FileError(output_display_name(output), e.what());
    }
    write_output(output, converted);
}

}  // namespace folio
