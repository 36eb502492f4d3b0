// Finding TrueType font files: through fontconfig for installed families, verified, or as given by the user.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace folio::pdf {

struct FontFile {
    std::string path;
    std::string family;
    bool bold = false;
    bool italic = false;
    friend bool operator==(const FontFile&, const FontFile&) = default;
};

// The installed file of exactly this family and style, resolved through fontconfig once (the answer kept
// for later processes while fontconfig's configuration, fonts and environment stay the same) and
// verified: fontconfig always answers with some font, so the match must name the family asked for, have
// the asked weight and slant, and be a TrueType-outline file. nullopt when no such font is installed.
std::optional<FontFile> find_installed_font(std::string_view family, bool bold, bool italic);

// A font file named by the user: must exist, hold TrueType outlines and pass truetype_problem (nothing
// PoDoFo could read out of bounds). Throws folio::Error naming the file and the reason otherwise.
FontFile user_font(const std::string& path, bool bold, bool italic);

}  // namespace folio::pdf
