// Deflating PDF streams with one compressor per thread, reset for each stream, on a helper thread while
// the document is still being made.
#pragma once

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <string>
#include <thread>

namespace PoDoFo {
class PdfObject;
}

namespace folio::pdf {

// The streams of one document deflated while the document is still being made: a helper thread (when the
// machine has more than one core) deflates each stream as it is handed over, and finish() deflates what is
// left on this thread and the helper together, then sets every stream on this thread, with /Filter
// /FlateDecode and its /Length. The bytes are those PoDoFo's Flate filter writes (zlib at its default
// level, given the data and then told to finish), whichever thread made them, but from a compressor made
// once per thread and reset for each stream, where PoDoFo makes and frees one (about 270 kB of zlib state)
// per stream.
class StreamDeflation {
public:
    StreamDeflation();
    ~StreamDeflation();  // waits for the helper; streams not yet set stay unset
    StreamDeflation(const StreamDeflation&) = delete;
    StreamDeflation& operator=(const StreamDeflation&) = delete;

    // `object`'s stream is to become `data` deflated; the object must live until finish().
    void add(PoDoFo::PdfObject& object, std::string data);
    // Sets every stream added, in the order added; throws what deflating one threw (folio::Error when zlib
    // fails, std::bad_alloc).
    void finish();

private:
    struct Job {
        PoDoFo::PdfObject* object;
        std::string data;  // the stream's bytes, then deflated
        std::exception_ptr error;
    };
    // Deflates jobs until none is waiting; when `wait` is set, also waits for more until stop().
    void work(bool wait);
    void stop();

    std::mutex mutex_;
    std::condition_variable added_;
    std::deque<Job> jobs_;  // a deque: jobs keep their place while more are added
    std::size_t next_ = 0;  // the first job nobody took yet
    bool closed_ = false;
    std::thread helper_;
};

}  // namespace folio::pdf
