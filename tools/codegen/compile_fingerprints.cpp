// Build tool: compiles libexttextcat's fpdb.conf and .lm fingerprints into the C++ arrays of
// input/common/fingerprint_data.hpp, reading them exactly as the library's special_textcat_Init and
// fp_Read do (fgets lines of 1023 bytes, '#' comments, wg_split, wg_trim, the first 400 n-grams of at
// most 20 bytes).
// usage: folio-compile-fingerprints FPDB.CONF PREFIX OUTPUT.cpp
#include <cctype>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "input/common/fingerprint_data.hpp"

namespace {

constexpr int kLineSize = 1024;
constexpr std::size_t kMaxNgrams = 400;
constexpr std::size_t kMaxNgramBytes = 20;

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

// wg_getline: one fgets() line, cut at the first '\n' or '\r'.
bool get_line(std::FILE* file, char (&line)[kLineSize]) {
    if (std::fgets(line, kLineSize, file) == nullptr) return false;
    if (char* end = std::strpbrk(line, "\n\r")) *end = '\0';
    return true;
}

// wg_split with up to 4 segments: white-space separated, '...' quoting and backslash escapes, the rest
// of the line in the last segment.
std::vector<std::string> split(const char* p) {
    constexpr int kMaxSegments = 4 - 1;
    std::vector<std::string> segments;
    int state = 0;
    while (static_cast<int>(segments.size()) < kMaxSegments && *p != '\0') {
        if (state == 0) {
            while (is_space(*p)) ++p;
            segments.emplace_back();
            state = 1;
        }
        std::string& segment = segments.back();
        if (state == 1) {
            while (*p != '\0') {
                if (is_space(*p)) {
                    ++p;
                    state = 0;
                    break;
                }
                if (*p == '\'') {
                    ++p;
                    state = 2;
                    break;
                }
                if (*p == '\\' && p[1] != '\0') ++p;
                segment += *p++;
            }
        } else {
            while (*p != '\0') {
                if (*p == '\'') {
                    ++p;
                    break;
                }
                if (*p == '\\' && p[1] != '\0') ++p;
                segment += *p++;
            }
            state = 1;
        }
    }
    if (*p != '\0') segments.emplace_back(p);
    return segments;
}

// wg_trim.
std::string trim(const char* p) {
    while (is_space(*p)) ++p;
    std::string text(p);
    while (!text.empty() && is_space(text.back())) text.pop_back();
    return text;
}

// fp_Read: the n-grams of a .lm file in rank order.
bool read_fingerprint(const std::string& path, std::vector<std::string>& ngrams) {
    std::FILE* file = std::fopen(path.c_str(), "r");
    if (file == nullptr) return false;
    char line[kLineSize];
    while (ngrams.size() < kMaxNgrams && get_line(file, line)) {
        std::string ngram = trim(line);
        ngram = ngram.substr(0, ngram.find_first_of(" \t"));
        if (ngram.size() > kMaxNgramBytes) continue;
        ngrams.push_back(ngram);
    }
    std::fclose(file);
    return true;
}

// A C++ string literal of arbitrary bytes (octal escapes, three digits, for all but plain ASCII).
std::string literal(const std::string& bytes) {
    std::string out = "\"";
    int column = 0;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7F && c != '"' && c != '\\' && c != '?') {
            out += c;
        } else {
            char escape[8];
            std::snprintf(escape, sizeof escape, "\\%03o", u);
            out += escape;
        }
        if (++column >= 100) {
            out += "\"\n    \"";
            column = 0;
        }
    }
    return out + "\"";
}

template <typename T>
void write_numbers(std::ostream& out, const std::vector<T>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) out << values[i] << (i % 16 == 15 ? ",\n" : ",");
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: folio-compile-fingerprints FPDB.CONF PREFIX OUTPUT.cpp\n";
        return 2;
    }
    std::FILE* config = std::fopen(argv[1], "r");
    if (config == nullptr) {
        std::cerr << "cannot open " << argv[1] << "\n";
        return 1;
    }
    std::vector<std::string> names;
    std::map<std::string, std::vector<std::pair<unsigned, unsigned>>> postings;  // n-gram -> (category, rank)
    char line[kLineSize];
    while (get_line(config, line)) {
        if (char* comment = std::strchr(line, '#')) *comment = '\0';
        const std::vector<std::string> segments = split(line);
        if (segments.size() < 2) continue;
        std::vector<std::string> ngrams;
        if (!read_fingerprint(argv[2] + segments[0], ngrams)) {
            std::cerr << "cannot read " << argv[2] << segments[0] << "\n";
            return 1;
        }
        for (std::size_t rank = 0; rank < ngrams.size(); ++rank) {
            auto& list = postings[ngrams[rank]];
            if (!list.empty() && list.back().first == names.size()) {
                std::cerr << segments[0] << " holds '" << ngrams[rank] << "' twice: not supported\n";
                return 1;
            }
            list.emplace_back(static_cast<unsigned>(names.size()), static_cast<unsigned>(rank));
        }
        names.push_back(segments[1]);
    }
    std::fclose(config);

    std::string all_names;
    std::vector<std::uint32_t> name_ends;
    for (const std::string& name : names) {
        all_names += name;
        name_ends.push_back(static_cast<std::uint32_t>(all_names.size()));
    }
    std::string all_ngrams;
    std::vector<std::uint32_t> ngram_ends;
    std::vector<std::uint32_t> posting_ends;
    std::vector<std::string> posting_items;
    for (const auto& [ngram, list] : postings) {  // std::map: sorted bytewise
        all_ngrams += ngram;
        ngram_ends.push_back(static_cast<std::uint32_t>(all_ngrams.size()));
        for (const auto& [category, rank] : list)
            posting_items.push_back("{" + std::to_string(category) + "," + std::to_string(rank) + "}");
        posting_ends.push_back(static_cast<std::uint32_t>(posting_items.size()));
    }

    std::size_t slot_count = 1;
    while (slot_count < 2 * ngram_ends.size()) slot_count *= 2;  // at most half full: short probes
    std::vector<std::uint32_t> slots(slot_count, 0);
    for (std::size_t i = 0; i < ngram_ends.size(); ++i) {
        const std::size_t start = i == 0 ? 0 : ngram_ends[i - 1];
        const std::string_view ngram(all_ngrams.data() + start, ngram_ends[i] - start);
        std::size_t slot = folio::fingerprints::data::ngram_hash(ngram) & (slot_count - 1);
        while (slots[slot] != 0) slot = (slot + 1) & (slot_count - 1);
        slots[slot] = static_cast<std::uint32_t>(i + 1);
    }

    std::ofstream out(argv[3], std::ios::binary);
    out << "// Generated by folio-compile-fingerprints from " << argv[1] << ": do not edit.\n"
        << "#include \"input/common/fingerprint_data.hpp\"\n\n"
        << "namespace folio::fingerprints::data {\n\n"
        << "extern const std::size_t kCategoryCount = " << names.size() << ";\n"
        << "extern const char kCategoryNames[] = " << literal(all_names) << ";\n"
        << "extern const std::uint32_t kCategoryNameEnds[] = {\n";
    write_numbers(out, name_ends);
    out << "};\n\nextern const std::size_t kNgramCount = " << ngram_ends.size() << ";\n"
        << "extern const char kNgrams[] =\n    " << literal(all_ngrams) << ";\n"
        << "extern const std::uint32_t kNgramEnds[] = {\n";
    write_numbers(out, ngram_ends);
    out << "};\nextern const std::uint32_t kPostingEnds[] = {\n";
    write_numbers(out, posting_ends);
    out << "};\nextern const Posting kPostings[] = {\n";
    write_numbers(out, posting_items);
    out << "};\n\nextern const std::size_t kSlotCount = " << slot_count << ";\n"
        << "extern const std::uint32_t kSlots[] = {\n";
    write_numbers(out, slots);
    out << "};\n\n}  // namespace folio::fingerprints::data\n";
    return out ? 0 : 1;
}
