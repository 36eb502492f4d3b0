// Deflating PDF streams with one compressor per thread, reset for each stream, on a helper thread while
// the document is still being made.
#include "output/pdf/deflated_stream.hpp"

#include <podofo/podofo.h>
#include <zlib.h>

#include <string>
#include <utility>

#include "formats/diagnostics.hpp"

namespace folio::pdf {

namespace {

class Deflater {
public:
    Deflater() { ready_ = deflateInit(&stream_, Z_DEFAULT_COMPRESSION) == Z_OK; }
    ~Deflater() {
        if (ready_) deflateEnd(&stream_);
    }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    // The data deflated into out_ (its first `size` bytes), called as PoDoFo's filter calls zlib: all the
    // data without flushing, then Z_FINISH. A reset state deflates as a new one.
    std::string_view deflate_all(std::string_view data) {
        if (!ready_ || deflateReset(&stream_) != Z_OK) throw Error("PDF: zlib cannot deflate a stream");
        stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
        stream_.avail_in = static_cast<uInt>(data.size());
        if (out_.size() < deflateBound(&stream_, stream_.avail_in))
            out_.resize(deflateBound(&stream_, stream_.avail_in));
        std::size_t size = 0;
        int flush = Z_NO_FLUSH;
        for (;;) {
            if (out_.size() - size < kMinRoom) out_.resize(out_.size() * 2 + kMinRoom);
            stream_.next_out = reinterpret_cast<Bytef*>(out_.data() + size);
            stream_.avail_out = static_cast<uInt>(out_.size() - size);
            const int result = deflate(&stream_, flush);
            size = out_.size() - stream_.avail_out;
            if (result == Z_STREAM_END) break;
            if (result != Z_OK && result != Z_BUF_ERROR) throw Error("PDF: zlib cannot deflate a stream");
            if (stream_.avail_in == 0 && stream_.avail_out != 0) flush = Z_FINISH;
        }
        return {out_.data(), size};
    }

private:
    static constexpr std::size_t kMinRoom = 4096;
    z_stream stream_{};
    bool ready_ = false;
    std::string out_;  // kept between streams
};

// The stream of `object` set to already deflated bytes, marked as Flate data.
void set_stream(PoDoFo::PdfObject& object, std::string_view deflated) {
    object.GetStream()->Set(deflated.data(), static_cast<PoDoFo::pdf_long>(deflated.size()),
                            PoDoFo::TVecFilters());
    object.GetDictionary().AddKey(PoDoFo::PdfName::KeyFilter, PoDoFo::PdfName("FlateDecode"));
}

std::string_view deflated(std::string_view data) {
    thread_local Deflater deflater;
    return deflater.deflate_all(data);
}

}  // namespace

StreamDeflation::StreamDeflation() {
    if (std::thread::hardware_concurrency() > 1) helper_ = std::thread([this] { work(true); });
}

StreamDeflation::~StreamDeflation() { stop(); }

void StreamDeflation::add(PoDoFo::PdfObject& object, std::string data) {
    {
        const std::lock_guard lock(mutex_);
        jobs_.push_back(Job{&object, std::move(data), nullptr});
    }
    added_.notify_one();
}

void StreamDeflation::work(bool wait) {
    std::unique_lock lock(mutex_);
    for (;;) {
        if (wait) added_.wait(lock, [this] { return next_ < jobs_.size() || closed_; });
        if (next_ == jobs_.size()) return;
        Job& job = jobs_[next_++];
        lock.unlock();
        try {
            job.data = std::string(deflated(job.data));
        } catch (...) {
            job.error = std::current_exception();
        }
        lock.lock();
    }
}

void StreamDeflation::stop() {
    {
        const std::lock_guard lock(mutex_);
        closed_ = true;
    }
    added_.notify_all();
    if (helper_.joinable()) helper_.join();
}

void StreamDeflation::finish() {
    work(false);
    stop();  // the helper finishes the job it holds
    for (Job& job : jobs_) {
        if (job.error) std::rethrow_exception(job.error);
        set_stream(*job.object, job.data);
    }
    jobs_.clear();
    next_ = 0;
}

}  // namespace folio::pdf
