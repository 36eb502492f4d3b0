// Test helpers for hostile inputs: folio run with its time and memory measured, and in-process conversion
// into every format with the XML outputs checked for well-formedness.
#pragma once

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "converters/format_table.hpp"
#include "tests/cli/folio_process.hpp"
#include "tests/support/xml_check.hpp"

namespace folio::test {

struct TimedResult {
    ProcessResult process;
    double seconds = 0;
    long peak_megabytes = 0;  // the largest resident size of this folio run (beyond what it inherits)
};

// run_folio from a helper process of its own, so that the peak resident size is this run's alone.
TimedResult run_folio_timed(const std::vector<std::string>& arguments, const ProcessOptions& options = {});

// Generous bounds: a sanitizer build on a busy machine must pass; a hang or a blow-up must not.
inline void expect_bounded(const TimedResult& run, double seconds, long megabytes) {
    EXPECT_LT(run.seconds, seconds) << "took " << run.seconds << " s";
    EXPECT_LT(run.peak_megabytes, megabytes) << "peak resident size " << run.peak_megabytes << " MB";
}

// Exit status 0, and every line on standard error a warning about `file`.
inline void expect_success_with_warnings_only(const ProcessResult& result, const std::string& file) {
    EXPECT_EQ(result.exit_code, 0) << result.err;
    for (const std::string& line : lines_of(result.err))
        EXPECT_EQ(line.rfind("folio: " + file + ": warning: ", 0), 0u) << line;
}

// The document read from `bytes` with `from` written by every writer, with the warnings of all steps.
struct AllOutputs {
    std::map<std::string, std::string> by_format;  // "docbook" → the DocBook bytes, …
    std::vector<std::string> warnings;
};

inline AllOutputs write_everything(const Document& doc) {
    AllOutputs all;
    for (const FormatInfo& to : format_table()) {
        if (to.write == nullptr) continue;
        Diagnostics diag;
        all.by_format[std::string(to.name)] = to.write(doc, WriteOptions{}, diag);
        for (std::string& warning : diag.warnings)
            all.warnings.push_back(std::string(to.name) + ": " + warning);
    }
    return all;
}

// Every XML output (DocBook, HTML, the EPUB's parts) well-formed for libxml2.
inline void expect_well_formed(const AllOutputs& all) {
    EXPECT_EQ(xml_error(all.by_format.at("docbook")), "");
    EXPECT_EQ(xml_error(all.by_format.at("html")), "");
    EXPECT_EQ(epub_xml_error(all.by_format.at("epub")), "");
}

inline bool contains(std::string_view haystack, std::string_view needle) {
    return haystack.find(needle) != std::string_view::npos;
}

inline bool any_contains(const std::vector<std::string>& lines, std::string_view needle) {
    for (const std::string& line : lines)
        if (contains(line, needle)) return true;
    return false;
}

}  // namespace folio::test
