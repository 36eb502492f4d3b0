// Language classification by n-gram fingerprints, answering exactly as libexttextcat's textcat_Classify.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace folio {

// What libexttextcat 3.4.5's textcat_Classify(handle, text.data(), size) answers with a handle from
// special_textcat_Init on Debian's fpdb.conf and fingerprints (compiled into folio): the candidates, best
// first, as "[de--utf8]" or "[en--utf8][sco--utf8]"; "UNKNOWN" when more than five languages score
// alike or none does; "SHORT" when size is 0. See ngram_fingerprint for how far past `size` it reads.
// Thread-safe, and it reads no files.
std::string textcat_classify(std::string_view text, std::size_t size);

}  // namespace folio
