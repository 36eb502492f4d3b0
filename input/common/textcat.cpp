// Language classification by n-gram fingerprints, answering exactly as libexttextcat's textcat_Classify.
//
// The library compares the text's fingerprint with each language's in turn (fp_Compare): an n-gram of
// the text costs the distance between its two ranks, or 400 when the language lacks it, and a language
// whose sum passes the best score so far times 1.03 is cut off with the largest score. The sum only
// grows, so it passes that bound exactly when its total does: the totals of all languages are added up
// here in one pass over the n-grams' postings instead, then cut off in the library's order.
#include "input/common/textcat.hpp"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <vector>

#include "input/common/fingerprint_table.hpp"
#include "input/common/ngram_fingerprint.hpp"

namespace folio {

namespace {

constexpr int kMaxOutOfPlace = 400;        // MAXOUTOFPLACE
constexpr int kMaxScore = INT_MAX;         // MAXSCORE
constexpr double kThresholdValue = 1.03;   // THRESHOLDVALUE
constexpr std::size_t kMaxCandidates = 5;  // MAXCANDIDATES

struct Candidate {
    int score;
    std::size_t category;
};

}  // namespace

std::string textcat_classify(std::string_view text, std::size_t size) {
    const std::vector<RankedNgram> unknown = ngram_fingerprint(text, size);
    if (unknown.empty()) return "SHORT";

    const std::size_t categories = fingerprints::category_count();
    std::vector<int> totals(categories, static_cast<int>(unknown.size()) * kMaxOutOfPlace);
    for (const RankedNgram& ngram : unknown)
        for (const fingerprints::Posting& posting : fingerprints::postings(ngram.text))
            totals[posting.category] += std::abs(posting.rank - ngram.rank) - kMaxOutOfPlace;

    std::vector<int> scores(categories);
    int min_score = kMaxScore;
    int threshold = min_score;
    for (std::size_t c = 0; c < categories; ++c) {
        const int score = totals[c] > threshold ? kMaxScore : totals[c];
        scores[c] = score;
        if (score < min_score) {
            min_score = score;
            threshold = static_cast<int>(static_cast<double>(score) * kThresholdValue);
        }
    }

    std::vector<Candidate> best;
    for (std::size_t c = 0; c < categories; ++c) {
        if (scores[c] >= threshold) continue;
        if (best.size() == kMaxCandidates) return "UNKNOWN";
        best.push_back({scores[c], c});
    }
    if (best.empty()) return "UNKNOWN";  // the library's count 0 is its code for UNKNOWN
    std::stable_sort(best.begin(), best.end(),
                     [](const Candidate& a, const Candidate& b) { return a.score < b.score; });
    std::string result;
    for (const Candidate& candidate : best) {
        result += '[';
        result += fingerprints::category_name(candidate.category);
        result += ']';
    }
    return result;
}

}  // namespace folio
