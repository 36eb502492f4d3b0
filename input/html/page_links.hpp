// Links of a saved page made absolute against the page's own web address, so they still lead somewhere.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "formats/block.hpp"
#include "formats/meta.hpp"

namespace folio::html {

// Whether the text is an absolute http or https URL with a host.
bool is_web_url(std::string_view url);

// The reference resolved against an absolute base URL (RFC 3986, section 5.2): "/a" keeps the base's
// scheme and host, "b/../c" is taken from the base's folder, "?q" keeps the base's path; a reference
// with a scheme of its own is returned as it is.
std::string resolve_url(std::string_view base, std::string_view reference);

// Every link target in the blocks and the bios resolved against `base` (a web URL). Nothing changes
// when base is not one.
void make_links_absolute(std::vector<Block>& blocks, std::vector<Person>& authors, std::string_view base);

}  // namespace folio::html
