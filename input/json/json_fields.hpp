// Typed, path-aware access to the members of one JSON object, for precise reader errors.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "formats/diagnostics.hpp"
#include "formats/inline.hpp"

namespace folio {

using JsonValue = nlohmann::ordered_json;

// Throws folio::Error "PATH: expected WHAT, got TYPE".
[[noreturn]] void throw_wrong_type(const std::string& path, std::string_view expected, const JsonValue& got);

// The inline tree of the native format back to Inlines ("path" names the array in errors).
Inlines inlines_from_json(const JsonValue& array, const std::string& path);

class JsonFields {
public:
    // Throws when `object` is not a JSON object.
    JsonFields(const JsonValue& object, std::string path);

    // A member that may be missing or null; nullptr then.
    const JsonValue* find(std::string_view key);
    // A string member; "" when missing or null.
    std::string string(std::string_view key);
    bool boolean(std::string_view key, bool fallback);
    long long integer(std::string_view key, long long fallback);
    // An array member; nullptr when missing or null.
    const JsonValue* array(std::string_view key);
    // The inline tree under inlines_key when present, otherwise the plain text under text_key.
    Inlines content(std::string_view text_key, std::string_view inlines_key);

    std::string path_of(std::string_view key) const;
    // Warns about every member that none of the accessors above asked for.
    void warn_unread(Diagnostics& diag) const;

private:
    const JsonValue& object_;
    std::string path_;
    std::set<std::string, std::less<>> read_;
};

// How deeply arrays and objects nest, counted on the bytes before parsing (strings skipped); linear.
std::size_t json_nesting_depth(std::string_view bytes);

}  // namespace folio
