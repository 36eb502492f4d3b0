// A text's n-gram fingerprint, built exactly the way libexttextcat 3.4.5 builds it (fp_Create).
//
// Every step mirrors the library's fingerprint.c and utf8misc.c, byte for byte, because the order in
// which equally frequent n-grams receive their ranks follows from its hash function, the order of its hash
// chains and the moves of its heap: the same n-grams, ranked the same, give the same scores.
#include "input/common/ngram_fingerprint.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace folio {

namespace {

constexpr std::size_t kMaxNgrams = 400;      // MAXNGRAMS
constexpr int kMaxSymbols = 5;               // MAXNGRAMSYMBOL: characters in an n-gram
constexpr std::size_t kMaxBytes = 20;        // MAXNGRAMSIZE: bytes kept of an n-gram
constexpr std::size_t kTableSize = 1 << 13;  // TABLEPOW 13
constexpr unsigned char kEscapeMask = 0x80;
constexpr unsigned char kWeightMask = 0xF0;

// INVALID() in the C locale (folio never changes it): white space and digits.
bool invalid(char c) {
    switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\v':
        case '\f':
        case '\r':
            return true;
        default:
            return c >= '0' && c <= '9';
    }
}

// prepbuffer: runs of invalid characters become one '_'; at most size + 1 bytes are written, then a
// closing '_' unless the text ended inside a word; NUL-terminated.
std::string prepare(std::string_view text, std::size_t size) {
    auto at = [text](std::size_t i) { return i < text.size() ? text[i] : '\0'; };
    std::string out;
    out.reserve(size + 3);
    const std::size_t limit = size + 1;
    std::size_t p = 0;
    bool space = invalid(at(0));
    if (!space && at(0) == '\0') {
        out += '_';
        return out;
    }
    if (!space) {
        out += '_';
        if (out.size() == limit) return out;
    }
    for (;;) {
        if (space) {
            ++p;
            if (invalid(at(p))) continue;
            if (at(p) == '\0') {
                out += '_';
                return out;
            }
            out += '_';
            if (out.size() == limit) return out;
            space = false;
        }
        out += at(p++);
        if (out.size() == limit) {
            out += '_';
            return out;
        }
        if (invalid(at(p))) {
            space = true;
        } else if (at(p) == '\0') {
            return out;
        }
    }
}

// utf8_charcopy: the bytes of the character at s (a lead byte and the continuation bytes it announces,
// stopping at a NUL), copied to dest; returns their number.
int char_copy(const char* s, char* dest) {
    int pointer = 0;
    if (s[pointer] & kEscapeMask) {
        auto escape = static_cast<unsigned char>((s[pointer] & kWeightMask) << 1);
        while ((escape & kEscapeMask) != 0 && s[pointer] != '\0') {
            dest[pointer] = s[pointer];
            escape = static_cast<unsigned char>(escape << 1);
            ++pointer;
        }
    }
    if (s[pointer] != '\0') {
        dest[pointer] = s[pointer];
        ++pointer;
    }
    return pointer;
}

// utf8_next_char.
const char* next_char(const char* s) {
    if (*s & kEscapeMask) {
        auto escape = static_cast<unsigned char>((*s & kWeightMask) << 1);
        while ((escape & kEscapeMask) != 0 && *s != '\0') {
            escape = static_cast<unsigned char>(escape << 1);
            ++s;
        }
    }
    if (*s != '\0') ++s;
    return s;
}

// utf8_issame: whether the stored n-gram `lex` is the first `len` characters of `key`.
bool same(const char* lex, const char* key, int len) {
    int pointer = 0;
    for (int chars = 0; chars < len; ++chars) {
        if (key[pointer] & kEscapeMask) {
            auto escape = static_cast<unsigned char>((key[pointer] & kWeightMask) << 1);
            while ((escape & kEscapeMask) != 0 && key[pointer] == lex[pointer]) {
                escape = static_cast<unsigned char>(escape << 1);
                ++pointer;
            }
        }
        if (key[pointer] != lex[pointer]) return false;
        ++pointer;
    }
    return lex[pointer] == '\0';
}

// simplehash, with the library's signed char arithmetic.
std::uint32_t simple_hash(const char* p, int len) {
    auto h = static_cast<std::uint32_t>(len * 13);
    while (*p != '\0') h = (h << 5) - h + static_cast<std::uint32_t>(static_cast<int>(*p++));
    return h;
}

// The hash table of n-gram counts: chains in kTableSize buckets, the newest entry first. Entries are kept as
// parallel arrays (what a chain walk reads apart from the texts it rarely compares), and the table is reused
// by its thread.
class NgramTable {
public:
    using Text = std::array<char, 24>;  // kMaxBytes + NUL, zero-padded like the library's strncpy

    void clear(std::size_t bytes) {
        buckets_.fill(-1);
        hashes_.clear();
        next_.clear();
        counts_.clear();
        texts_.clear();
        const std::size_t most = bytes * kMaxSymbols;
        hashes_.reserve(most);
        next_.reserve(most);
        counts_.reserve(most);
        texts_.reserve(most);
    }

    // The n-gram of `len` characters, `size` bytes, NUL-terminated.
    void increase(const char* ngram, int len, std::size_t size) {
        const std::uint32_t hash = simple_hash(ngram, len);
        const std::uint32_t bucket = hash & (kTableSize - 1);
        for (std::int32_t e = buckets_[bucket]; e >= 0; e = next_[static_cast<std::size_t>(e)]) {
            const auto i = static_cast<std::size_t>(e);
            // An entry of another hash is never the same n-gram.
            if (hashes_[i] == hash && same(texts_[i].data(), ngram, len)) {
                ++counts_[i];
                return;
            }
        }
        Text& text = texts_.emplace_back();
        std::memcpy(text.data(), ngram, std::min(size, kMaxBytes));  // the rest stays zero
        hashes_.push_back(hash);
        counts_.push_back(1);
        next_.push_back(buckets_[bucket]);
        buckets_[bucket] = static_cast<std::int32_t>(texts_.size() - 1);
    }

    // The entries in the order the library's table2heap visits them: bucket by bucket, each chain from its
    // newest entry (a counting sort by bucket, newest first, instead of walking the chains).
    const std::vector<std::int32_t>& in_bucket_order() {
        starts_.fill(0);
        for (const std::uint32_t hash : hashes_) ++starts_[(hash & (kTableSize - 1)) + 1];
        for (std::size_t b = 1; b <= kTableSize; ++b) starts_[b] += starts_[b - 1];
        order_.resize(hashes_.size());
        for (std::size_t i = hashes_.size(); i-- > 0;)
            order_[starts_[hashes_[i] & (kTableSize - 1)]++] = static_cast<std::int32_t>(i);
        return order_;
    }

    unsigned count(std::int32_t e) const { return counts_[static_cast<std::size_t>(e)]; }
    const char* text(std::int32_t e) const { return texts_[static_cast<std::size_t>(e)].data(); }

private:
    std::array<std::int32_t, kTableSize> buckets_{};
    std::vector<std::uint32_t> hashes_;
    std::vector<std::int32_t> next_;
    std::vector<unsigned> counts_;
    std::vector<Text> texts_;
    std::array<std::uint32_t, kTableSize + 1> starts_{};
    std::vector<std::int32_t> order_;
};

// utfcreatengramtable: every n-gram of one to five characters, '_' only at its borders.
void count_ngrams(NgramTable& table, const char* buffer) {
    std::array<char, kMaxBytes + 1> ngram{};
    const char* p = buffer;
    for (;;) {
        const char* q = p;
        char* m = ngram.data();
        int decay = char_copy(q, m);
        q += decay;
        m += decay;
        *m = '\0';
        table.increase(ngram.data(), 1, static_cast<std::size_t>(m - ngram.data()));
        if (*q == '\0') return;
        for (int i = 2; i <= kMaxSymbols; ++i) {
            decay = char_copy(q, m);
            m += decay;
            *m = '\0';
            table.increase(ngram.data(), i, static_cast<std::size_t>(m - ngram.data()));
            if (*q == '_') break;
            q += decay;
            if (*q == '\0') return;
        }
        p = next_char(p);
    }
}

// The library's min-heap of the most frequent entries (heapinsert, siftup, siftdown, heapextract); each
// item carries its entry's count.
class TopHeap {
public:
    TopHeap() { heap_.reserve(kMaxNgrams); }

    void insert(unsigned count, std::int32_t e) {
        if (heap_.size() < kMaxNgrams) {
            heap_.push_back({count, e});
            sift_up(heap_.size() - 1);
            return;
        }
        if (count < heap_[0].count) return;
        heap_[0] = {count, e};
        sift_down(heap_.size(), 0);
    }

    std::int32_t extract() {
        const std::int32_t top = heap_[0].entry;
        if (heap_.size() > 1) heap_[0] = heap_.back();
        sift_down(heap_.size(), 0);  // as the library does: over the old size, then shrink
        heap_.pop_back();
        return top;
    }

    std::size_t size() const { return heap_.size(); }

private:
    struct Item {
        unsigned count;
        std::int32_t entry;
    };

    void sift_up(std::size_t child) {
        while (child > 0) {
            const std::size_t parent = (child - 1) >> 1;
            if (heap_[parent].count <= heap_[child].count) return;
            std::swap(heap_[parent], heap_[child]);
            child = parent;
        }
    }

    void sift_down(std::size_t heap_size, std::size_t parent) {
        std::size_t child = parent * 2 + 1;
        while (child < heap_size) {
            if (child + 1 < heap_size && heap_[child].count > heap_[child + 1].count) ++child;
            if (heap_[parent].count <= heap_[child].count) return;
            std::swap(heap_[parent], heap_[child]);
            parent = child;
            child = parent * 2 + 1;
        }
    }

    std::vector<Item> heap_;
};

}  // namespace

std::vector<RankedNgram> ngram_fingerprint(std::string_view text, std::size_t size) {
    if (size == 0) return {};
    const std::string buffer = prepare(text, size);
    thread_local NgramTable table;
    table.clear(buffer.size());
    count_ngrams(table, buffer.c_str());

    TopHeap heap;
    for (const std::int32_t e : table.in_bucket_order()) heap.insert(table.count(e), e);

    std::vector<RankedNgram> fingerprint(heap.size());
    for (std::size_t i = fingerprint.size(); i-- > 0;) {
        fingerprint[i].text = table.text(heap.extract());
        fingerprint[i].rank = static_cast<int>(i);
    }
    return fingerprint;
}

}  // namespace folio
