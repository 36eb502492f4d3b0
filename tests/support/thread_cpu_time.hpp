// The CPU time the calling thread has used: time bounds in tests that other processes on a busy
// machine cannot break.
#pragma once

#include <time.h>

#include <chrono>

namespace folio::test {

inline std::chrono::duration<double> thread_cpu_time() {
    timespec now{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return std::chrono::duration<double>(static_cast<double>(now.tv_sec) +
                                         static_cast<double>(now.tv_nsec) * 1e-9);
}

}  // namespace folio::test
