// Running a batch: every input converted by a pool of threads, results handed back in input order.
#include "converters/batch_run.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "converters/atomic_write.hpp"

namespace folio {

namespace {

void count(const InputResult& result, BatchSummary& summary) {
    ++summary.inputs;
    if (result.failed()) ++summary.failed_inputs;
    for (const OutputRecord& record : result.outputs) {
        switch (record.status) {
            case OutputStatus::converted:
                ++summary.converted;
                break;
            case OutputStatus::skipped:
                ++summary.skipped;
                break;
            case OutputStatus::failed:
                ++summary.failed;
                break;
        }
    }
}

// Puts results that finish out of order back in order and hands each to the callback.
class InOrderDelivery {
public:
    explicit InOrderDelivery(const InputFinished& finished) : finished_(finished) {}

    void deliver(InputResult result) {
        const std::lock_guard lock(mutex_);
        waiting_.emplace(result.index, std::move(result));
        for (auto next = waiting_.find(next_); next != waiting_.end(); next = waiting_.find(next_)) {
            count(next->second, summary_);
            if (!error_) {
                try {
                    if (finished_) finished_(next->second);
                } catch (...) {
                    error_ = std::current_exception();
                    stopped_ = true;
                }
            }
            waiting_.erase(next);
            ++next_;
        }
    }

    bool stopped() const { return stopped_; }
    const BatchSummary& summary() const { return summary_; }
    std::exception_ptr error() const { return error_; }

private:
    const InputFinished& finished_;
    std::mutex mutex_;
    std::map<std::size_t, InputResult> waiting_;
    std::size_t next_ = 0;
    BatchSummary summary_;
    std::exception_ptr error_;
    std::atomic<bool> stopped_{false};
};

// The folders the outputs go to, each once.
std::set<std::filesystem::path> output_folders(const std::vector<BatchInput>& inputs,
                                               const BatchOptions& options) {
    std::set<std::filesystem::path> folders;
    if (options.formats.empty()) return folders;
    for (const BatchInput& input : inputs)
        folders.insert(output_path(options.output_folder, input, *options.formats.front()).parent_path());
    return folders;
}

}  // namespace

unsigned worker_count(unsigned requested) {
    if (requested > 0) return requested;
    return std::max(1u, std::thread::hardware_concurrency());
}

BatchSummary run_batch(const std::vector<BatchInput>& inputs, const BatchOptions& options, unsigned threads,
                       const InputFinished& finished) {
    for (const std::filesystem::path& folder : output_folders(inputs, options))
        remove_stale_temporary_files(folder);
    InOrderDelivery delivery(finished);
    std::atomic<std::size_t> next_input{0};
    const auto work = [&] {
        for (std::size_t i = next_input++; i < inputs.size() && !delivery.stopped(); i = next_input++) {
            InputResult result = convert_batch_input(inputs[i], options);
            result.index = i;
            delivery.deliver(std::move(result));
        }
    };
    const std::size_t count = std::min<std::size_t>(worker_count(threads), inputs.size());
    {
        std::vector<std::jthread> helpers;  // the calling thread is the first worker
        for (std::size_t i = 1; i < count; ++i) helpers.emplace_back(work);
        work();
    }
    if (delivery.summary().converted > 0) sync_file_system(options.output_folder);
    if (delivery.error()) std::rethrow_exception(delivery.error());
    return delivery.summary();
}

}  // namespace folio
