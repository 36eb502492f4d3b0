// What every fuzz target does with one input: read it, then write the document in every format and check the
// output.
#include "tests/fuzz/fuzz_pipeline.hpp"

#include <type_traits>

#include "converters/format_table.hpp"
#include "input/json/json_reader.hpp"
#include "tests/support/xml_check.hpp"

namespace folio::fuzz {

namespace {

// "" when the writer's output passes its format's check (`book`: the output of a collection writer).
std::string check_output(std::string_view format, const std::string& output, bool book) {
    if (format == "docbook" || format == "html") return test::xml_error(output);
    if (format == "epub") return test::epub_xml_error(output);
    if (format == "json") {
        Diagnostics diag;
        try {
            if (book)
                find_format("json")->read_collection(output, ReadOptions{"fuzz.json"}, diag);
            else
                read_json(output, ReadOptions{"fuzz.json"}, diag);
        } catch (const Error& e) {
            return std::string("the JSON reader refuses the JSON writer's output: ") + e.what();
        }
    }
    return {};
}

// Writes the document (or the book) with every writer and checks each output; "" when all pass.
template <typename Content, typename WriterOf>
std::string write_everywhere(const Content& content, std::size_t input_size, WriterOf writer_of) {
    constexpr bool book = std::is_same_v<Content, Collection>;
    Diagnostics diag;
    for (const FormatInfo& to : format_table()) {
        const auto write = writer_of(to);
        if (write == nullptr) continue;
        if (to.name == "pdf" && input_size > pdf_input_limit) continue;
        std::string output;
        try {
            output = write(content, WriteOptions{}, diag);
        } catch (const Error& e) {
            return std::string(to.name) + " writer failed: " + e.what();
        }
        const std::string problem = check_output(to.name, output, book);
        if (!problem.empty()) return std::string(to.name) + " output: " + problem;
    }
    return {};
}

}  // namespace

std::string run_pipeline(std::string_view format, std::string_view bytes) {
    const FormatInfo* from = find_format(format);
    if (from == nullptr || (from->read == nullptr && from->read_collection == nullptr))
        return "no reader for " + std::string(format);
    Diagnostics diag;
    if (from->read == nullptr) {  // a format holding a book (a feed): every collection writer
        Collection book;
        try {
            book = from->read_collection(bytes, ReadOptions{"fuzz"}, diag);
        } catch (const Error&) {
            return {};
        }
        return write_everywhere(book, bytes.size(), [](const FormatInfo& to) { return to.write_collection; });
    }
    Document doc;
    try {
        doc = from->read(bytes, ReadOptions{"fuzz"}, diag);
    } catch (const Error&) {
        return {};  // refused with a reason: what hostile input should get
    }
    return write_everywhere(doc, bytes.size(), [](const FormatInfo& to) { return to.write; });
}

}  // namespace folio::fuzz
