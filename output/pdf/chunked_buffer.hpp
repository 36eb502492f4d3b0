// A stream buffer that keeps what is written in chunks, so growing never copies the bytes written so far.
#pragma once

#include <streambuf>
#include <string>
#include <vector>

namespace folio::pdf {

class ChunkedBuffer final : public std::streambuf {
public:
    // Everything written, in one string; the chunks are freed as they are copied, and the buffer is empty.
    std::string take();

protected:
    std::streamsize xsputn(const char* data, std::streamsize count) override;
    int_type overflow(int_type c) override;

private:
    std::vector<std::string> chunks_;
    std::size_t size_ = 0;
};

}  // namespace folio::pdf
