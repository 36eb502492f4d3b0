// The progress line of a batch on a terminal: done/total, rate, time left, failures.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace folio::cli {

// Draws "folio: [#####-----] 523/1000  812/s  ETA 0:01  2 failed" on standard error, redrawn in
// place at most ten times a second. Does nothing when disabled (standard error not a terminal, --quiet).
class ProgressBar {
public:
    ProgressBar(std::size_t total, bool enabled);

    // Counts one finished input and redraws when it is time to.
    void advance(bool failed);
    // Removes the line, so that a message can be printed; the next advance draws it again.
    void clear();
    // Removes the line for good.
    void finish();

private:
    using Clock = std::chrono::steady_clock;
    void draw();
    std::string line() const;

    std::size_t total_;
    bool enabled_;
    std::size_t done_ = 0;
    std::size_t failed_ = 0;
    bool shown_ = false;
    Clock::time_point start_ = Clock::now();
    Clock::time_point last_drawn_{};
};

}  // namespace folio::cli
