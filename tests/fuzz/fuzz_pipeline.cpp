// What every fuzz target does with one input: read it, then write the document in every format and check the
// output.
#include "tests/fuzz/fuzz_pipeline.hpp"

#include "converters/format_table.hpp"
#include "input/json/json_reader.hpp"
#include "tests/support/xml_check.hpp"

namespace folio::fuzz {

namespace {

// "" when the writer's output passes its format's check.
std::string check_output(std::string_view format, const std::string& output) {
    if (format == "docbook" || format == "html") return test::xml_error(output);
    if (format == "epub") return test::epub_xml_error(output);
    if (format == "json") {
        Diagnostics diag;
        try {
            read_json(output, ReadOptions{"fuzz.json"}, diag);
        } catch (const Error& e) {
            return std::string("the JSON reader refuses the JSON writer's output: ") + e.what();
        }
    }
    return {};
}

}  // namespace

std::string run_pipeline(std::string_view format, std::string_view bytes) {
    const FormatInfo* from = find_format(format);
    if (from == nullptr || from->read == nullptr) return "no reader for " + std::string(format);
    Diagnostics diag;
    Document doc;
    try {
        doc = from->read(bytes, ReadOptions{"fuzz"}, diag);
    } catch (const Error&) {
        return {};  // refused with a reason: what hostile input should get
    }
    for (const FormatInfo& to : format_table()) {
        if (to.write == nullptr) continue;
        if (to.name == "pdf" && bytes.size() > pdf_input_limit) continue;
        std::string output;
        try {
            output = to.write(doc, WriteOptions{}, diag);
        } catch (const Error& e) {
            return std::string(to.name) + " writer failed: " + e.what();
        }
        const std::string problem = check_output(to.name, output);
        if (!problem.empty()) return std::string(to.name) + " output: " + problem;
    }
    return {};
}

}  // namespace folio::fuzz
