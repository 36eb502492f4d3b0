// Hyphenation dictionaries compiled to a flat binary form that later processes map instead of parsing.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "output/pdf/hyphenation_patterns.hpp"

namespace folio::pdf {

// What a compiled form was made from: the .dic file's size and modification time.
struct PatternSource {
    std::uint64_t size = 0;
    std::int64_t modified_ns = 0;
    friend bool operator==(const PatternSource&, const PatternSource&) = default;
};

// The file name of the compiled form of the dictionary file `dic_name` ("hyph_fr.dic"): the form's version
// is part of it, so that programs writing different versions keep one form each in a shared cache instead of
// replacing each other's on every run.
std::string compiled_patterns_file_name(std::string_view dic_name);

// The dictionary as bytes, stamped with its source.
std::string compile_patterns(const PatternDictionary& dict, const PatternSource& source);

// The dictionary in compile_patterns' bytes, its tries viewing `bytes` in place; `owner` keeps the
// bytes alive and becomes the dictionary's storage. std::nullopt when the bytes are not a compiled
// dictionary of this version made from `source` (stale or truncated forms are never used).
std::optional<PatternDictionary> load_compiled_patterns(std::string_view bytes,
                                                        std::shared_ptr<const void> owner,
                                                        const PatternSource& source);

}  // namespace folio::pdf
