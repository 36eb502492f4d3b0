// The progress line of a batch on a terminal: done/total, rate, time left, failures.
#include "tools/folio/progress_bar.hpp"

#include <cstdio>

namespace folio::cli {

namespace {

constexpr std::size_t bar_width = 24;
constexpr auto redraw_interval = std::chrono::milliseconds(100);
constexpr const char* erase_line = "\r\033[K";

std::string duration_text(double seconds) {
    const auto total = static_cast<long long>(seconds + 0.5);
    char text[32];
    if (total >= 3600)
        std::snprintf(text, sizeof text, "%lld:%02lld:%02lld", total / 3600, total / 60 % 60, total % 60);
    else
        std::snprintf(text, sizeof text, "%lld:%02lld", total / 60, total % 60);
    return text;
}

void put(const std::string& text) {
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

}  // namespace

ProgressBar::ProgressBar(std::size_t total, bool enabled) : total_(total), enabled_(enabled && total > 0) {}

void ProgressBar::advance(bool failed) {
    ++done_;
    if (failed) ++failed_;
    if (!enabled_) return;
    const Clock::time_point now = Clock::now();
    if (shown_ && done_ < total_ && now - last_drawn_ < redraw_interval) return;
    last_drawn_ = now;
    draw();
}

void ProgressBar::clear() {
    if (!shown_) return;
    put(erase_line);
    shown_ = false;
}

void ProgressBar::finish() {
    clear();
    enabled_ = false;
}

void ProgressBar::draw() {
    put(erase_line + line());
    shown_ = true;
}

std::string ProgressBar::line() const {
    const double seconds = std::chrono::duration<double>(Clock::now() - start_).count();
    const double rate = seconds > 0 ? static_cast<double>(done_) / seconds : 0;
    const std::size_t filled = total_ > 0 ? done_ * bar_width / total_ : bar_width;
    std::string text = "folio: [" + std::string(filled, '#') + std::string(bar_width - filled, '-') + "] " +
                       std::to_string(done_) + "/" + std::to_string(total_);
    char numbers[64];
    std::snprintf(numbers, sizeof numbers, "  %.0f/s", rate);
    text += numbers;
    if (rate > 0 && done_ < total_)
        text += "  ETA " + duration_text(static_cast<double>(total_ - done_) / rate);
    if (failed_ > 0) text += "  " + std::to_string(failed_) + " failed";
    return text;
}

}  // namespace folio::cli
