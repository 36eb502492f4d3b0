// An immutable byte buffer that copies share: the figures showing one image file hold one copy of its bytes.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <span>
#include <vector>

namespace folio {

class SharedBytes {
public:
    SharedBytes() = default;
    // Implicit, so that a figure's image can be assigned from a vector of bytes.
    SharedBytes(std::vector<std::uint8_t> bytes)
        : bytes_(bytes.empty() ? nullptr
                               : std::make_shared<const std::vector<std::uint8_t>>(std::move(bytes))) {}
    SharedBytes(std::initializer_list<std::uint8_t> bytes) : SharedBytes(std::vector<std::uint8_t>(bytes)) {}

    bool empty() const { return bytes_ == nullptr; }
    std::size_t size() const { return bytes_ ? bytes_->size() : 0; }
    const std::uint8_t* data() const { return bytes_ ? bytes_->data() : nullptr; }
    const std::uint8_t* begin() const { return data(); }
    const std::uint8_t* end() const { return data() + size(); }
    std::span<const std::uint8_t> span() const { return {data(), size()}; }
    operator std::span<const std::uint8_t>() const { return span(); }

    // True when both hold the very same buffer (not merely equal bytes).
    bool shares_buffer_with(const SharedBytes& other) const { return bytes_ == other.bytes_; }

    friend bool operator==(const SharedBytes& a, const SharedBytes& b) {
        return a.bytes_ == b.bytes_ || (a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin()));
    }

private:
    std::shared_ptr<const std::vector<std::uint8_t>> bytes_;
};

}  // namespace folio
