// Shell completion scripts for bash and zsh, generated from the command line's own option table.
#pragma once

#include <string>
#include <string_view>

namespace CLI {
class App;
}

namespace folio::cli {

// The shells folio writes a completion script for.
inline constexpr std::string_view completion_shells[] = {"bash", "zsh"};

// A completion script for `shell` ("bash" or "zsh") covering every option of `app`: option names,
// the formats after -t and -f, the choices of options with a fixed set, file and folder names.
std::string completion_script(const CLI::App& app, std::string_view shell);

}  // namespace folio::cli
