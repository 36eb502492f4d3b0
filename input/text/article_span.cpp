// Finding the article inside a whole copied web page: the best-scoring run of prose lines, the
// headline chosen above it by shape, repetition and the byline below it, page furniture dropped.
#include "input/text/article_span.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "input/common/byline.hpp"
#include "input/common/dates.hpp"
#include "input/common/line_shape.hpp"
#include "input/common/utf8.hpp"
#include "input/text/figures.hpp"
#include "input/text/page_furniture.hpp"
#include "input/text/page_lines.hpp"
#include "input/text/slideshow.hpp"

namespace folio {

namespace {

constexpr long kShortLinePenalty = 3;              // what a menu item, label or button costs the run
constexpr std::size_t kMaxShortLinesCounted = 50;  // of a block in a row: a video player's menus inside
                                                   // the article cost no more than a long site menu
constexpr std::size_t kMaxArticleFurniture = 6;    // lines around the prose a plain article may have
constexpr std::size_t kTitleWindow = 60;           // lines searched above the prose for the headline
constexpr std::size_t kTitleLookAhead = 2;         // first lines of the prose that may be the headline
constexpr std::size_t kTitleLookAheadDated = 40;   // … or further in, with its byline or date right below
constexpr std::size_t kMaxDatedBylineWords = 12;
constexpr std::size_t kMaxDatelineLeadWords = 3;  // a source's name before the date
constexpr std::size_t kMaxDateWords = 7;          // "Thursday, 30 April 2015 at 07:19"
constexpr std::size_t kMaxDeckLines = 2;          // lines between a headline and its prose
constexpr std::size_t kMaxTitleWords = 30;
constexpr std::size_t kMaxTitleWordsScored = 20;
constexpr std::size_t kMaxHeadlineWordsUnderOne = 15;  // longer under a headline-shaped line: its deck
constexpr std::size_t kNearRepeat = 6;                 // lines between the two copies of a headline
constexpr long kRepeatedBonus = 8;       // the headline repeated in the page's title area or a share text
constexpr long kBylineBonus = 20;        // the headline's byline or date below it
constexpr long kNameLineBonus = 6;       // a line of bare names below it
constexpr std::size_t kBylineReach = 4;  // lines below the headline where its byline may stand
constexpr std::size_t kMaxCounterBytes = 12;     // a view or comment count
constexpr std::size_t kMaxNameLineDistance = 2;  // a bare name line this close below the headline
constexpr std::size_t kMinWordsBeforeEnd = 100;  // prose needed before a comments label ends the article
constexpr std::size_t kMenuShareMultiple = 3;    // at least 3 in 5 lines above the prose are that short
constexpr std::size_t kMenuShareDivisor = 5;
constexpr std::size_t kMinRunShareDivisor = 10;  // the prose holds at least a tenth of the words

long line_score(std::string_view line) {
    return is_prose(line) ? static_cast<long>(word_count(line)) : -kShortLinePenalty;
}

using Run = LineRange;  // the run of prose lines

// The run of lines with the highest total score (maximum subarray), in one pass. A block of short lines
// in a row costs the run no more than its first lines: a long one inside the article (a video player's
// settings, a gallery) does not cut the article in two.
Run best_run(const SourceLines& lines) {
    Run best, current;
    long best_sum = 0, sum = 0;
    std::size_t short_lines = 0;  // in a row
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (sum <= 0) {
            sum = 0;
            current.start = i;
        }
        const long score = line_score(lines[i].text);
        short_lines = score < 0 ? short_lines + 1 : 0;
        sum += short_lines <= kMaxShortLinesCounted ? score : 0;
        if (sum > best_sum) {
            best_sum = sum;
            best = {current.start, i + 1};
        }
    }
    return best;
}

// A short line with a date among its first words and perhaps more after it: a source and the date
// ("AFP 30 avril 2015 à 07:19 (Mis à jour : …)"), a date and a place.
bool is_dateline(std::string_view line) {
    const auto words = split_words(line);
    if (words.size() >= kLongLineWords) return false;
    for (std::size_t first = 0; first < kMaxDatelineLeadWords && first < words.size(); ++first)
        for (std::size_t last = std::min(words.size(), first + kMaxDateWords); last > first; --last) {
            const char* begin = words[first].data();
            const char* end = words[last - 1].data() + words[last - 1].size();
            if (recognize_date(std::string_view(begin, static_cast<std::size_t>(end - begin)))) return true;
        }
    return false;
}

// A byline with a marker ("By …"), a date line, or names with a date ("Anna Berg - May 4, 2015"): what
// stands under a headline. A line of bare names counts only right below the headline (menus hold
// capitalised pairs of words such as "Sign Out").
bool is_byline_or_date(std::string_view line) {
    return is_marked_byline(line) || recognize_date(line).has_value() || is_dateline(line);
}

// A counter printed beside a headline ("321,046" views, "36" comments): digits and no letters.
bool is_counter(std::string_view line) {
    return !line.empty() && line.size() <= kMaxCounterBytes &&
           line.find_first_of("0123456789") != std::string_view::npos &&
           std::none_of(line.begin(), line.end(),
                        [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

// Lines from below the headline down to line i, counters not counted.
std::size_t lines_below(const SourceLines& lines, std::size_t title, std::size_t i) {
    std::size_t n = 0;
    for (std::size_t j = title + 1; j <= i; ++j) n += !is_counter(lines[j].text);
    return n;
}

bool is_byline_below(const SourceLines& lines, std::size_t title, std::size_t i) {
    return is_byline_or_date(lines[i].text) ||
           (lines_below(lines, title, i) <= kMaxNameLineDistance && !name_line_names(lines[i].text).empty());
}

// "Home > News > 2015 > Title", "News | Tech | Apps", cells joined by tabs: a path or row of links,
// not a headline.
bool is_breadcrumb(std::string_view line) {
    if (line.find('\t') != std::string_view::npos) return true;
    std::size_t separators = 0;
    for (const std::string_view word : split_words(line))
        separators += word == ">" || word == "|" || word == "»" || word == "›" || word == "/";
    return separators >= 2;
}

// The line ends on a word that needs a continuation: an article, a conjunction or a byline marker
// ("Weather is sponsored by", a label before a logo or a link).
bool ends_open(std::string_view line) {
    static const std::set<std::string, std::less<>> words = {
        "by",  "von", "par", "por", "door", "av",  "the", "a", "an", "der",  "die", "das", "le",  "la",
        "les", "el",  "los", "las", "and",  "und", "et",  "y", "or", "oder", "ou",  "of",  "with"};
    const auto all = split_words(line);
    return !all.empty() && words.count(to_lower(all.back())) > 0;
}

// Whether the line may be a headline: a few words to a long sentence, no final period (unless it
// ends an abbreviation: "… Underneath N.Y.C.") and no final colon, not a byline, date or credit, not
// ending on a word that needs a continuation.
bool is_headline_shaped(std::string_view line) {
    const std::size_t words = word_count(line);
    if (words < kMinTitleWords || words > kMaxTitleWords || last_code_point(line) == U':' || ends_open(line))
        return false;
    if (last_code_point(line) == U'.') {
        const std::string_view last = split_words(line).back();
        if (last.substr(0, last.size() - 1).find('.') == std::string_view::npos) return false;
    }
    return !is_lower(first_code_point(line)) && !is_byline_or_date(line) && !is_credit_line(line) &&
           !is_breadcrumb(line);
}

// The line is printed again a few lines away: a headline shown in the page's title area and above
// the article ("On Behalf of Words" twice), which menu items of a few words are not. The article's own
// heading below may be broken over two lines and leave out a first word ("Open Journalism Project:" and
// "Better Student Journalism" under "The Open Journalism Project: Better Student Journalism").
bool repeated_nearby(const SourceLines& lines, std::size_t i) {
    const std::size_t first = i > kNearRepeat ? i - kNearRepeat : 0;
    const std::size_t last = std::min(lines.size(), i + kNearRepeat + 1);
    for (std::size_t j = first; j < last; ++j)
        if (j != i && lines[j].text == lines[i].text) return true;
    const std::string whole = letters_only(lines[i].text);
    for (std::size_t j = i + 1; j + 1 < last; ++j) {
        const std::string joined = letters_only(lines[j].text + ' ' + lines[j + 1].text);
        if (word_count(joined) >= kMinTitleWords && (whole == joined || whole.ends_with(' ' + joined)))
            return true;
    }
    return false;
}

// The first two words of the line, lower-cased.
std::string opening_words(std::string_view line) {
    const auto all = split_words(line);
    return all.size() < 2 ? std::string() : to_lower(all[0]) + ' ' + to_lower(all[1]);
}

// The line opens like the line before or after it but differs ("Follow us on Facebook", "Follow us on
// Mastodon"): an item of a list of links or labels, not a headline.
bool in_parallel_lines(const SourceLines& lines, std::size_t i) {
    const std::string opening = opening_words(lines[i].text);
    if (opening.empty()) return false;
    const auto alike = [&](std::size_t j) {
        return lines[j].text != lines[i].text && opening_words(lines[j].text) == opening;
    };
    return (i > 0 && alike(i - 1)) || (i + 1 < lines.size() && alike(i + 1));
}

// A bare list number ("3.", "#3", "03"), which a ranked list of links prints before each item.
bool is_list_number(std::string_view line) {
    if (!line.empty() && line.front() == '#') line.remove_prefix(1);
    if (!line.empty() && (line.back() == '.' || line.back() == ')')) line.remove_suffix(1);
    return !line.empty() && line.size() <= 3 &&
           line.find_first_not_of("0123456789") == std::string_view::npos;
}

// What a line is as a neighbour in a list: its text, or just "a number" for a list number and "a
// byline" for a byline (each teaser of a box names its author).
std::string_view list_shape(const SourceLines& lines, std::size_t i) {
    if (is_list_number(lines[i].text)) return "#";
    if (starts_like_byline(lines[i].text)) return "by";
    return lines[i].text;
}

// An item of a list of links to other articles: the line stands in a pattern that repeats every two or
// three lines ("Read on" after each headline, "on Site" after each, a number before each), or is a
// cut-off headline ("…") or stands between two.
bool is_teaser(const SourceLines& lines, std::size_t i) {
    const auto same = [&](std::size_t a, std::size_t b) {
        return a < lines.size() && b < lines.size() && list_shape(lines, a) == list_shape(lines, b);
    };
    for (std::size_t period = 2; period <= 3; ++period) {
        if (i >= 1 + period && same(i - 1, i - 1 - period)) return true;
        if (same(i + 1, i + 1 + period)) return true;
        if (i + 1 >= period && i + 1 - period != i && same(i + 1, i + 1 - period)) return true;
    }
    return ends_with_ellipsis(lines[i].text) ||
           (i >= 1 && i + 1 < lines.size() && ends_with_ellipsis(lines[i - 1].text) &&
            ends_with_ellipsis(lines[i + 1].text));
}

// The line stands in a box of links that a "Related" or "More from" label opens a few lines above it,
// with no prose between.
bool in_related_box(const SourceLines& lines, std::size_t i) {
    for (std::size_t j = i; j-- > 0 && j + kMaxRelatedLinks >= i;) {
        if (is_prose(lines[j].text)) return false;
        if (is_end_label(lines[j].text) && !is_comments_label(lines[j].text)) return true;
    }
    return false;
}

// A photo's caption: the line under an image placeholder ("Image", "Photo"), or one that ends with
// its credit ("… - NAME/Agency").
bool is_caption(const SourceLines& lines, std::size_t i) {
    return (i > 0 && is_image_placeholder(lines[i - 1].text)) || caption_with_credit(lines[i].text);
}

// A short byline or date line stands right below the line, or below it and its deck.
bool dated_below(const SourceLines& lines, std::size_t i) {
    for (std::size_t j = i + 1; j < lines.size() && j <= i + kMaxDeckLines; ++j)
        if (word_count(lines[j].text) <= kMaxDatedBylineWords && is_byline_or_date(lines[j].text))
            return true;
    return false;
}

// The headline near the start of the prose: a line shaped like one, repeated elsewhere on the page
// (the page's title, a share text) and followed by its byline or date, near the prose. The first
// lines of the prose are candidates too when a byline follows them (a headline ending in "N.Y.C.") or
// when they are printed again a few lines on (a title bar above the article's own heading). The
// headlines of a box of related links inside the article are none.
std::size_t find_title(const SourceLines& lines, const Run& run, const std::vector<bool>& dropped,
                       const std::unordered_map<std::string, std::size_t>& counts) {
    const std::size_t first = run.start > kTitleWindow ? run.start - kTitleWindow : 0;
    const std::size_t last = std::min(run.end, run.start + kTitleLookAheadDated);
    std::size_t best = run.start;
    long best_score = 0;
    for (std::size_t i = first; i < last; ++i) {
        const std::string& line = lines[i].text;
        if (dropped[i] || !is_headline_shaped(line) || is_end_label(line) || in_parallel_lines(lines, i) ||
            is_teaser(lines, i) || is_caption(lines, i))
            continue;
        const std::size_t words = word_count(line);
        // A line of more than 15 words right under a headline-shaped line is its deck.
        if (words > kMaxHeadlineWordsUnderOne && i > 0 && is_headline_shaped(lines[i - 1].text)) continue;
        long score = static_cast<long>(std::min(words, kMaxTitleWordsScored));
        const auto repeated = counts.find(letters_only(line));
        if ((repeated != counts.end() && repeated->second > 1 && words > kMaxMenuWords) ||
            repeated_nearby(lines, i))
            score += kRepeatedBonus;
        long byline = 0;
        for (std::size_t j = i + 1, reach = i + kBylineReach; j < lines.size() && j <= reach; ++j) {
            if (is_end_label(lines[j].text)) break;  // the bylines of a box of related articles
            if (is_counter(lines[j].text)) ++reach;
            if (is_byline_or_date(lines[j].text)) {
                byline = kBylineBonus;
                break;
            }
            if (byline == 0 && is_byline_below(lines, i, j)) byline = kNameLineBonus;  // a date may follow
        }
        if (i >= run.start && byline != kBylineBonus && !repeated_nearby(lines, i)) continue;
        if (i >= run.start + kTitleLookAhead && !dated_below(lines, i)) continue;
        if (byline == 0 && in_related_box(lines, i)) continue;
        score += byline - static_cast<long>(i < run.start ? run.start - i : i - run.start) / 2;
        if (score > best_score) {
            best_score = score;
            best = i;
        }
    }
    return best;
}

// A headline printed again a few lines below it (a title bar above the article's own heading): the
// second copy goes, and so do the bar's buttons and labels between them ("Share by email"); a deck
// there ("A crossing nobody wants to lose.") stays.
void drop_title_bar(const SourceLines& lines, std::size_t title, std::size_t end,
                    std::vector<bool>& dropped) {
    for (std::size_t repeat = title + 2; repeat <= title + kNearRepeat && repeat < end; ++repeat) {
        if (lines[repeat].text != lines[title].text) continue;
        for (std::size_t i = title + 1; i < repeat; ++i)
            dropped[i] = word_count(lines[i].text) <= kMaxMenuWords && !ends_like_sentence(lines[i].text) &&
                         !is_byline_below(lines, title, i);
        dropped[repeat] = true;
        return;
    }
}

// An article copied from its headline on: the headline, then its byline, or its prose after at most
// a deck.
bool starts_with_headline(const SourceLines& lines) {
    if (lines.size() < 2) return false;
    if (word_count(lines[0].text) > kMaxMenuWords &&
        ((starts_like_byline(lines[1].text) && !byline_names(lines[1].text).empty()) ||
         !name_line_names(lines[1].text).empty()))
        return true;
    if (!is_headline_shaped(lines[0].text)) return false;
    for (std::size_t i = 1; i <= kMaxDeckLines && i < lines.size(); ++i)
        if (is_prose(lines[i].text)) return true;
    return false;
}

// A plain article has at most a few header lines before its prose and starts with its headline and
// byline; a copied page has menus there:
// mostly lines of a few words. The prose must hold a fair share of the text (not a few sentences
// at the end of a page of formulas or code).
bool is_page_copy(const SourceLines& lines, const Run& run) {
    if (run.start <= kMaxArticleFurniture) return false;
    if (starts_with_headline(lines)) return false;
    std::size_t short_lines = 0;
    for (std::size_t i = 0; i < run.start; ++i) short_lines += word_count(lines[i].text) <= kMaxMenuWords;
    std::size_t words = 0, run_words = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::size_t n = word_count(lines[i].text);
        words += n;
        if (i >= run.start && i < run.end) run_words += n;
    }
    return short_lines * kMenuShareDivisor >= run.start * kMenuShareMultiple &&
           run_words * kMinRunShareDivisor >= words;
}

// An article copied with a few menu items above its headline and the headline printed again a few
// lines below (a title area and the article's own heading): it starts at the headline, printed once.
SourceLines from_repeated_headline(SourceLines lines) {
    for (std::size_t i = 1; i <= kMaxArticleFurniture && i < lines.size(); ++i) {
        if (word_count(lines[i - 1].text) > kMaxMenuWords) return lines;
        if (!is_headline_shaped(lines[i].text)) continue;
        for (std::size_t j = i + 2; j <= i + kNearRepeat && j < lines.size(); ++j) {
            if (lines[j].text != lines[i].text) continue;
            lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(j));
            lines.erase(lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(i));
            return lines;
        }
    }
    return lines;
}

// A short line printed twice at the top (a site's name in its logo and its heading, "This Blog") above
// a headline with its byline or date below: the two copies go.
SourceLines without_repeated_site_name(SourceLines lines) {
    if (lines.size() < 3 || lines[0].text != lines[1].text || word_count(lines[0].text) > kMaxMenuWords)
        return lines;
    for (std::size_t i = 2; i <= kMaxArticleFurniture && i < lines.size(); ++i) {
        if (is_headline_shaped(lines[i].text) && dated_below(lines, i)) {
            lines.erase(lines.begin(), lines.begin() + 2);
            return lines;
        }
        if (word_count(lines[i].text) > kMaxMenuWords && !recognize_date(lines[i].text)) return lines;
    }
    return lines;
}

// A short line in a block of its own at the top (a blog's name) above a block that opens with a date and
// the headline ("Sunday, May 8, 2016" above the post's title): the name becomes the kicker, right above
// the headline, so the headline is the title and nothing is lost.
SourceLines with_site_name_below_date(SourceLines lines) {
    if (lines.size() < 3 || !stands_alone(lines, 0) || word_count(lines[0].text) > kMaxMenuWords ||
        lines[2].group != lines[1].group || !recognize_date(lines[1].text) ||
        !is_headline_shaped(lines[2].text))
        return lines;
    std::swap(lines[0].text, lines[1].text);
    lines[0].group = lines[1].group;
    return lines;
}

}  // namespace

SourceLines find_article(SourceLines lines) {
    Run run = best_run(lines);
    if (run.end == 0 || !is_page_copy(lines, run))
        return from_repeated_headline(
            with_site_name_below_date(without_repeated_site_name(std::move(lines))));
    std::size_t words = 0;
    // Inside the article: boxes of related links, slideshows, a player's menus.
    std::vector<bool> dropped(lines.size(), false);
    mark_slideshows(lines, dropped);
    mark_control_blocks(lines, run, dropped);
    mark_link_cards(lines, run, dropped);
    for (std::size_t i = run.start; i < run.end; ++i) {
        if (words >= kMinWordsBeforeEnd && is_copyright_notice(lines[i].text)) {
            run.end = i;
            break;
        }
        if (words >= kMinWordsBeforeEnd && is_end_label(lines[i].text)) {
            const std::size_t resumes =
                is_comments_label(lines[i].text) ? run.end : prose_after_links(lines, i, run.end);
            if (resumes == run.end) {
                run.end = i;
                break;
            }
            for (std::size_t j = i; j < resumes; ++j) dropped[j] = true;
            i = resumes - 1;
            continue;
        }
        words += word_count(lines[i].text);
    }
    cut_page_tail(lines, run);
    std::unordered_map<std::string, std::size_t> counts;
    for (const SourceLine& line : lines) ++counts[letters_only(line.text)];
    const std::size_t title = find_title(lines, run, dropped, counts);

    SourceLines article;
    std::size_t group = 0;
    const auto add = [&](SourceLine line, bool own_block) {
        if (own_block || article.empty() || line.group != article.back().group) ++group;
        line.group = group;
        article.push_back(std::move(line));
    };
    std::vector<std::size_t> moved;  // header lines taken from the prose run
    add(lines[title], true);
    if (title >= run.start) {
        run.start = title + 1;
        drop_title_bar(lines, title, run.end, dropped);
    }
    // Below the headline only its deck, byline and date stay; a byline or date just inside the prose
    // (below a deck and a photo) joins them.
    const std::size_t reach = std::min(lines.size(), std::max(run.start, title + 1 + kBylineReach));
    // A line of bare names gives way to a byline that says it is one ("Tech News" above "by Anna Berg").
    bool marked = false;
    for (std::size_t i = title + 1; i < reach; ++i) marked = marked || is_marked_byline(lines[i].text);
    for (std::size_t i = title + 1; i < reach; ++i) {
        if (is_end_label(lines[i].text)) break;  // a box of related articles with their own bylines
        const bool deck = i == title + 1 && word_count(lines[i].text) >= kMinProseWords;
        const bool byline = marked ? is_byline_or_date(lines[i].text) : is_byline_below(lines, title, i);
        if (!byline && !(deck && i < run.start)) continue;
        add(lines[i], true);
        if (i >= run.start) moved.push_back(i);
    }
    for (std::size_t i = run.start; i < run.end; ++i)
        if (!dropped[i] && std::find(moved.begin(), moved.end(), i) == moved.end())
            add(lines[i], i == run.start);
    return article;
}

}  // namespace folio
