// Parsing the folio command line with CLI11.
#include "tools/folio/command_line.hpp"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <charconv>
#include <cstdint>
#include <iostream>
#include <iterator>
#include <string_view>

#include "converters/format_table.hpp"
#include "converters/version.hpp"
#include "formats/metadata.hpp"
#include "tools/folio/completion.hpp"
#include "tools/folio/exit_codes.hpp"
#include "tools/folio/messages.hpp"

namespace folio::cli {

namespace {

std::string joined(const auto& names) {
    std::string out;
    for (const auto& name : names) out += (out.empty() ? "" : ", ") + std::string(name);
    return out;
}

std::string format_names() {
    std::vector<std::string_view> names;
    for (const FormatInfo& format : format_table()) names.push_back(format.name);
    return joined(names);
}

std::string help_footer() {
    return "Formats: " + format_names() +
           " (see --list-formats).\n"
           "Metadata keys for -M: " +
           joined(metadata_keys()) +
           "; author may be repeated.\n"
           "Exit status: 0 all converted; 1 an input failed; 2 usage error.\n"
           "Examples:\n"
           "  folio article.txt -o article.json\n"
           "  folio article.txt -t text --columns 60\n"
           "  folio - -t json -M title='A new title' < article.txt\n"
           "  folio articles/*.txt -t epub,pdf,docbook,text -d out --report report.jsonl\n"
           "  folio -r archive -t epub -d out --update --shard 2/8";
}

// A file or folder name: an empty one (-d "", a variable that was never set) names nothing.
const CLI::Validator not_empty(
    [](std::string& value) {
        return value.empty() ? std::string("empty value: give a name") : std::string();
    },
    "", "not empty");

// A limit is a whole number of at least 1 ("-1" would wrap around to no limit at all); a size may end
// in a unit (200M), which is taken off after this check, a count may not.
std::string limit_error(const std::string& value, bool unit_allowed) {
    const std::string_view text(value);
    const std::size_t start = std::min(text.find_first_not_of(" \t"), text.size());
    const std::size_t end = std::min(text.find_first_not_of("0123456789", start), text.size());
    const std::string_view digits = text.substr(start, end - start);
    const bool rest_is_blank = text.find_first_not_of(" \t", end) == std::string_view::npos;
    if (digits.empty() || digits.find_first_not_of('0') == std::string_view::npos ||
        (!unit_allowed && !rest_is_blank))
        return "expected a whole number of at least 1, got '" + value + "'";
    // A number past what the limit can hold would wrap around to a small one or to no limit at all.
    std::uint64_t number = 0;
    if (std::from_chars(digits.data(), digits.data() + digits.size(), number).ec != std::errc())
        return "'" + value + "' is too large";
    return std::string();
}

const CLI::Validator positive_size([](std::string& value) { return limit_error(value, true); }, "", "size");
const CLI::Validator positive_count([](std::string& value) { return limit_error(value, false); }, "",
                                    "count");

void define_batch_options(CLI::App& app, CommandLine& out) {
    app.add_option("-d,--output-dir", out.output_dir,
                   "Convert every INPUT into this folder: DIR/NAME.EXT for each format of -t (a,b,c)")
        ->check(not_empty)
        ->type_name("DIR");
    app.add_option("--inputs", out.input_list, "More inputs, one a line, from FILE (- for standard input)")
        ->check(not_empty)
        ->type_name("FILE");
    app.add_flag("-r,--recursive", out.recursive,
                 "A folder INPUT stands for the files below it that folio reads");
    app.add_option("-j,--jobs", out.jobs, "Threads converting at once (default: one per core)")
        ->check(CLI::Range(1, 1024).description(""))
        ->type_name("N");
    app.add_flag("-q,--quiet", out.quiet, "No progress bar, warnings or summary: only errors");
    app.add_option("--report", out.report,
                   "Write a JSON Lines record per input and format to FILE (- for standard output)")
        ->check(not_empty)
        ->type_name("FILE");
    app.add_flag("--update", out.update, "Skip outputs newer than their input (finishes an interrupted run)");
    app.add_option("--shard", out.shard,
                   "Convert only shard K of N (1 <= K <= N): the same share on every machine")
        ->check(not_empty)
        ->type_name("K/N");
}

void define_options(CLI::App& app, CommandLine& out) {
    app.add_option("INPUT", out.inputs, "The articles to convert (folders with -r); - reads standard input")
        ->check(not_empty);
    app.add_option("-o,--output", out.output,
                   "Where to write; its extension gives the format when -t is absent; - is standard output")
        ->check(not_empty)
        ->type_name("FILE");
    app.add_option("-f,--from", out.from, "Input format (default: by extension, else by content)")
        ->check(not_empty)
        ->type_name("FORMAT");
    app.add_option("-t,--to", out.to, "Output format (default: by the extension of -o)")
        ->check(not_empty)
        ->type_name("FORMAT");
    app.add_option("-M,--metadata", out.metadata, "Set a metadata field, e.g. -M title=\"...\"; repeatable")
        ->type_name("KEY=VALUE")
        ->allow_extra_args(false);
    app.add_option("--columns", out.columns, "Line width of text output, 10 to 1000 (default 72)")
        ->check(CLI::Range(10, 1000).description(""))
        ->type_name("N");
    app.add_option("--paper", out.paper, "PDF paper size: a4 (default) or letter")
        ->check(CLI::IsMember(std::vector<std::string>(std::begin(paper_sizes), std::end(paper_sizes))))
        ->type_name("SIZE");
    app.add_flag("--ragged-right", out.ragged_right, "PDF: ragged-right text instead of justified");
    app.add_flag("--no-pdf-tags", out.no_pdf_tags, "PDF: no structure tags (untagged, smallest file)");
    app.add_flag("--skip-failed", out.skip_failed,
                 "Several inputs as one book: leave out inputs that fail (reported) instead of stopping");
    app.add_option("--font", out.font, "PDF: TrueType file for the body text")
        ->check(not_empty)
        ->type_name("FILE");
    app.add_option("--font-bold", out.font_bold, "PDF: TrueType file for bold text")
        ->check(not_empty)
        ->type_name("FILE");
    app.add_option("--font-italic", out.font_italic, "PDF: TrueType file for italic text")
        ->check(not_empty)
        ->type_name("FILE");
    app.add_option("--font-bold-italic", out.font_bold_italic, "PDF: TrueType file for bold italic text")
        ->check(not_empty)
        ->type_name("FILE");
    app.add_option("--cover", out.cover, "EPUB: an image (JPEG, PNG, GIF, SVG) as the cover")
        ->check(not_empty)
        ->type_name("FILE");
    app.add_option("--image", out.image, "An image for the article's first figure that has none")
        ->check(not_empty)
        ->type_name("FILE");
    app.add_option("--resource-path", out.resource_paths,
                   "A folder figure images may be read from besides the input's own; repeatable")
        ->check(not_empty)
        ->type_name("DIR")
        ->allow_extra_args(false);
    app.add_option("--max-input-size", out.limits.input_bytes,
                   "Largest input accepted, e.g. 200M (default 64M)")
        ->check(positive_size)
        ->transform(CLI::AsSizeValue(false))
        ->type_name("SIZE");
    app.add_option("--max-depth", out.limits.nesting_depth,
                   "Deepest nesting of XML or JSON accepted (default 200)")
        ->check(CLI::Range(1, 10000))
        ->type_name("N");
    app.add_option("--max-blocks", out.limits.blocks,
                   "Most paragraphs, figures etc. accepted (default 100000)")
        ->check(positive_count)
        ->type_name("N");
    define_batch_options(app, out);
    app.add_flag("--list-formats", out.list_formats, "List the formats folio reads and writes, then exit");
    app.add_option("--completion", out.completion, "Print the completion script for bash or zsh, then exit")
        ->check(CLI::IsMember(
            std::vector<std::string>(std::begin(completion_shells), std::end(completion_shells))))
        ->type_name("SHELL");
    app.set_version_flag("--version", "folio " + std::string(version()), "Print the version, then exit");
}

}  // namespace

std::optional<int> parse_command_line(int argc, char** argv, CommandLine& out) {
    CLI::App app{"folio converts news articles into EPUB, PDF, DocBook, plain text and JSON.", "folio"};
    app.footer(help_footer());
    define_options(app, out);
    try {
        app.parse(argc, argv);
    } catch (const CLI::Success& done) {
        return app.exit(done);
    } catch (const CLI::ParseError& error) {
        print_usage_error(error.what());
        return exit_usage_error;
    }
    if (!out.completion.empty()) {
        std::cout << completion_script(app, out.completion);
        return std::cout.flush() ? 0 : 1;
    }
    return std::nullopt;
}

}  // namespace folio::cli
