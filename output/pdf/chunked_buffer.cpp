// A stream buffer that keeps what is written in chunks, so growing never copies the bytes written so far.
#include "output/pdf/chunked_buffer.hpp"

#include <algorithm>

namespace folio::pdf {

namespace {

// Chunks grow with the total, from 64 KiB to 1 MiB: small outputs stay small, large ones take few chunks.
constexpr std::size_t kSmallestChunk = std::size_t{1} << 16;
constexpr std::size_t kLargestChunk = std::size_t{1} << 20;

}  // namespace

std::string ChunkedBuffer::take() {
    std::string all;
    all.reserve(size_);
    for (std::string& chunk : chunks_) {
        all += chunk;
        std::string().swap(chunk);
    }
    chunks_.clear();
    size_ = 0;
    return all;
}

std::streamsize ChunkedBuffer::xsputn(const char* data, std::streamsize count) {
    std::size_t left = static_cast<std::size_t>(std::max<std::streamsize>(count, 0));
    while (left > 0) {
        if (chunks_.empty() || chunks_.back().size() == chunks_.back().capacity()) {
            chunks_.emplace_back();
            chunks_.back().reserve(std::clamp(size_, kSmallestChunk, kLargestChunk));
        }
        std::string& chunk = chunks_.back();
        const std::size_t part = std::min(left, chunk.capacity() - chunk.size());
        chunk.append(data, part);
        data += part;
        left -= part;
        size_ += part;
    }
    return count;
}

ChunkedBuffer::int_type ChunkedBuffer::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    const char byte = traits_type::to_char_type(c);
    xsputn(&byte, 1);
    return c;
}

}  // namespace folio::pdf
