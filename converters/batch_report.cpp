// The report of a batch as JSON Lines: one record per input and format, appended as inputs finish.
#include "converters/batch_report.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <system_error>

#include "converters/file_clashes.hpp"
#include "converters/file_error.hpp"
#include "converters/file_io.hpp"

namespace folio {

namespace {

double rounded_milliseconds(double milliseconds) { return std::round(milliseconds * 1000.0) / 1000.0; }

std::string errno_text(int error) { return std::generic_category().message(error); }

}  // namespace

const char* status_name(OutputStatus status) {
    switch (status) {
        case OutputStatus::converted:
            return "converted";
        case OutputStatus::skipped:
            return "skipped";
        case OutputStatus::failed:
            return "failed";
    }
    return "failed";
}

std::string report_lines(const InputResult& result) {
    std::string lines;
    for (const OutputRecord& output : result.outputs) {
        nlohmann::ordered_json record;
        record["input"] = result.input;
        record["format"] = output.format != nullptr ? std::string(output.format->name) : std::string();
        record["output"] = output.output;
        record["status"] = status_name(output.status);
        record["error"] =
            output.status == OutputStatus::failed ? nlohmann::ordered_json(output.error) : nullptr;
        nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
        for (const std::string& warning : result.read_warnings) warnings.push_back(warning);
        for (const std::string& warning : output.warnings) warnings.push_back(warning);
        record["warnings"] = std::move(warnings);
        record["bytes"] = output.bytes;
        record["milliseconds"] = rounded_milliseconds(output.milliseconds);
        record["read_milliseconds"] = rounded_milliseconds(result.read_milliseconds);
        lines += record.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
        lines += '\n';
    }
    return lines;
}

BatchReportFile::BatchReportFile(const std::string& path) : path_(output_display_name(path)) {
    if (path == standard_stream) {
        fd_ = STDOUT_FILENO;
        return;
    }
    // The report replaces the name it is given: a link there is replaced, not written through (unless
    // it leads to a device or FIFO, which is written to as it is).
    std::error_code error;
    const std::filesystem::path absolute = std::filesystem::absolute(path, error);
    const std::filesystem::path target =
        std::filesystem::weakly_canonical(absolute.parent_path(), error) / absolute.filename();
    struct stat info {};
    if (error || (::stat(target.c_str(), &info) == 0 && !S_ISREG(info.st_mode))) {
        fd_ = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0666);
        if (fd_ < 0) throw FileError(path_, "cannot write the report: " + errno_text(errno));
        return;
    }
    target_ = target.string();
    // mkostemp fills in the six X of the name: ".report.jsonl.a1B2c3" beside "report.jsonl".
    std::string name = (target.parent_path() / ("." + target.filename().string() + ".XXXXXX")).string();
    fd_ = ::mkostemp(name.data(), O_APPEND | O_CLOEXEC);
    if (fd_ < 0) throw FileError(path_, "cannot write the report: " + errno_text(errno));
    temporary_ = name;
    const mode_t mask = ::umask(0);
    ::umask(mask);
    const int mode = ::fchmod(fd_, 0666 & ~mask);
    static_cast<void>(mode);  // the report is written all the same
}

BatchReportFile::~BatchReportFile() {
    if (fd_ > STDERR_FILENO) ::close(fd_);
    if (!temporary_.empty()) ::unlink(temporary_.c_str());
}

void BatchReportFile::finish(const std::vector<std::string>& read_files) {
    if (temporary_.empty()) return;
    RunFiles files;
    for (const std::string& file : read_files) files.read.push_back({file, "the figure image " + file});
    files.replaced.push_back({target_, "the report " + path_});
    try {
        check_no_clashes(files);
    } catch (const Error& clash) {
        throw FileError(path_, std::string(clash.what()) + "; the report is not written");
    }
    if (::rename(temporary_.c_str(), target_.c_str()) != 0)
        throw FileError(path_, "cannot write the report: " + errno_text(errno));
    temporary_.clear();
}

void BatchReportFile::append(const InputResult& result) {
    const std::string lines = report_lines(result);
    std::string_view rest = lines;
    while (!rest.empty()) {
        const ssize_t done = ::write(fd_, rest.data(), rest.size());
        if (done < 0 && errno == EINTR) continue;
        if (done < 0) {
            const int error = errno;
            // A part of the lines may be written (a full disk): cut it off, so the report ends with a whole
            // record. Only a regular file this report created can be cut; a pipe's reader sees the part.
            struct stat info {};
            if (fd_ != STDOUT_FILENO && ::fstat(fd_, &info) == 0 && S_ISREG(info.st_mode)) {
                const int cut = ::ftruncate(fd_, complete_bytes_);
                static_cast<void>(cut);  // when even that fails, the error below is all there is to say
            }
            throw FileError(path_, "cannot write the report: " + errno_text(error));
        }
        rest.remove_prefix(static_cast<std::size_t>(done));
    }
    complete_bytes_ += static_cast<off_t>(lines.size());
}

}  // namespace folio
