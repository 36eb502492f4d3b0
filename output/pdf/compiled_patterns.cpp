// Hyphenation dictionaries compiled to a flat binary form that later processes map instead of parsing.
#include "output/pdf/compiled_patterns.hpp"

#include <cstring>
#include <type_traits>

namespace folio::pdf {

namespace {

// The version and byte order of the form: a form written by another layout never matches. Every
// field and array starts at a multiple of 8 bytes, so the tries can be used where the file is mapped.
constexpr std::string_view kVersion = "5";
constexpr std::string_view kMagic = "folio-hyphenation-patterns 5\n";
static_assert(kMagic.substr(kMagic.size() - 1 - kVersion.size(), kVersion.size()) == kVersion);
constexpr std::uint32_t kByteOrder = 0x01020304;
constexpr std::size_t kAlign = 8;

using Node = PatternLevel::Node;
static_assert(std::is_trivially_copyable_v<Node> && sizeof(Node) == 12 && alignof(Node) <= kAlign);

class Writer {
public:
    template <typename T>
    void value(T v) {
        static_assert(std::is_trivially_copyable_v<T>);
        bytes(&v, sizeof v);
    }
    template <typename T>
    void array(std::span<const T> items) {
        value<std::uint64_t>(items.size());
        bytes(items.data(), items.size_bytes());
    }
    std::string take() { return std::move(out_); }

private:
    void bytes(const void* data, std::size_t size) {
        out_.append(static_cast<const char*>(data), size);
        out_.append((kAlign - out_.size() % kAlign) % kAlign, '\0');
    }
    std::string out_;
};

// Reads what Writer wrote; every read checks the remaining length and alignment.
class Reader {
public:
    explicit Reader(std::string_view bytes) : all_(bytes) {}

    template <typename T>
    bool value(T& v) {
        const char* at = take(sizeof v);
        if (at == nullptr) return false;
        std::memcpy(&v, at, sizeof v);
        return true;
    }
    // A view of an array in place.
    template <typename T>
    bool array(std::span<const T>& items) {
        std::uint64_t count = 0;
        if (!value(count) || count > (all_.size() - position_) / sizeof(T)) return false;
        const char* at = take(static_cast<std::size_t>(count) * sizeof(T));
        if (at == nullptr || reinterpret_cast<std::uintptr_t>(at) % alignof(T) != 0) return false;
        items = std::span<const T>(reinterpret_cast<const T*>(at), static_cast<std::size_t>(count));
        return true;
    }
    bool at_end() const { return position_ == all_.size(); }

private:
    const char* take(std::size_t size) {
        const std::size_t padded = size + (kAlign - size % kAlign) % kAlign;
        if (padded > all_.size() - position_) return nullptr;
        const char* at = all_.data() + position_;
        position_ += padded;
        return at;
    }
    std::string_view all_;
    std::size_t position_ = 0;
};

bool read_header(Reader& in, const PatternSource& source, HyphenMins& mins) {
    std::uint32_t byte_order = 0;
    PatternSource stamped;
    return in.value(byte_order) && byte_order == kByteOrder && in.value(stamped.size) &&
           in.value(stamped.modified_ns) && stamped == source && in.value(mins.left) &&
           in.value(mins.right) && in.value(mins.compound_left) && in.value(mins.compound_right);
}

}  // namespace

std::string compiled_patterns_file_name(std::string_view dic_name) {
    return std::string(dic_name) + "." + std::string(kVersion) + ".bin";
}

std::string compile_patterns(const PatternDictionary& dict, const PatternSource& source) {
    Writer out;
    out.array(std::span<const char>(kMagic.data(), kMagic.size()));
    out.value(kByteOrder);
    out.value(source.size);
    out.value(source.modified_ns);
    out.value(dict.mins.left);
    out.value(dict.mins.right);
    out.value(dict.mins.compound_left);
    out.value(dict.mins.compound_right);
    out.value<std::uint64_t>(dict.no_hyphen.size());
    for (const std::u32string& s : dict.no_hyphen) out.array(std::span<const char32_t>(s));
    out.value<std::uint64_t>(dict.levels.size());
    for (const PatternLevel& level : dict.levels) {
        out.array(level.nodes());
        out.array(level.digits());
    }
    return out.take();
}

std::optional<PatternDictionary> load_compiled_patterns(std::string_view bytes,
                                                        std::shared_ptr<const void> owner,
                                                        const PatternSource& source) {
    Reader in(bytes);
    std::span<const char> magic;
    PatternDictionary dict;
    std::uint64_t count = 0;
    if (!in.array(magic) || std::string_view(magic.data(), magic.size()) != kMagic ||
        !read_header(in, source, dict.mins) || !in.value(count) || count > bytes.size())
        return std::nullopt;
    for (std::uint64_t i = 0; i < count; ++i) {
        std::span<const char32_t> text;
        if (!in.array(text)) return std::nullopt;
        dict.no_hyphen.emplace_back(text.begin(), text.end());
    }
    if (!in.value(count) || count == 0 || count > bytes.size()) return std::nullopt;
    for (std::uint64_t i = 0; i < count; ++i) {
        std::span<const Node> nodes;
        std::span<const std::uint8_t> digits;
        // At least a root and the end marker.
        if (!in.array(nodes) || nodes.size() < 2 || !in.array(digits)) return std::nullopt;
        dict.levels.emplace_back(nodes, digits);
    }
    if (!in.at_end()) return std::nullopt;
    dict.storage = std::move(owner);
    return dict;
}

}  // namespace folio::pdf
