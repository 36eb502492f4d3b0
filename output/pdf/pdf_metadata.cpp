// Document-level PDF data: Info dictionary, pinned dates, /Lang, version, viewer settings and the outline.
#include "output/pdf/pdf_metadata.hpp"

#include <podofo/podofo.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

#ifndef FOLIO_VERSION
#define FOLIO_VERSION "unknown"
#endif

namespace folio::pdf {

namespace {

PoDoFo::PdfString utf8_string(const std::string& text) {
    return PoDoFo::PdfString(reinterpret_cast<const PoDoFo::pdf_utf8*>(text.c_str()));
}

std::string join(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const std::string& part : parts) {
        if (part.empty()) continue;
        if (!out.empty()) out += separator;
        out += part;
    }
    return out;
}

}  // namespace

std::string pdf_date(UnixSeconds when) {
    const std::time_t seconds = static_cast<std::time_t>(when);
    std::tm utc{};
    if (gmtime_r(&seconds, &utc) == nullptr) return "D:19800101000000Z";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "D:%04d%02d%02d%02d%02d%02dZ", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
    return buffer;
}

DocumentInfo document_info(const Meta& meta, const std::string& subject, std::optional<UnixSeconds> when) {
    DocumentInfo info;
    info.title = meta.title;
    for (const Person& person : meta.authors)
        if (!person.name.empty()) info.authors.push_back(person.name);
    info.subject = subject;
    std::vector<std::string> keywords{meta.kicker};
    keywords.insert(keywords.end(), meta.keywords.begin(), meta.keywords.end());
    info.keywords = join(keywords, ", ");
    info.creator = std::string("folio ") + FOLIO_VERSION;
    info.producer = std::string("folio ") + FOLIO_VERSION + " with PoDoFo";
    info.lang = meta.lang;
    info.when = when;
    return info;
}

void set_document_metadata(PoDoFo::PdfMemDocument& doc, const DocumentInfo& info) {
    PoDoFo::PdfInfo* pdf_info = doc.GetInfo();
    if (!info.title.empty()) pdf_info->SetTitle(utf8_string(info.title));
    const std::string authors = join(info.authors, ", ");
    if (!authors.empty()) pdf_info->SetAuthor(utf8_string(authors));
    if (!info.subject.empty()) pdf_info->SetSubject(utf8_string(info.subject));
    if (!info.keywords.empty()) pdf_info->SetKeywords(utf8_string(info.keywords));
    pdf_info->SetCreator(utf8_string(info.creator));
    pdf_info->SetProducer(utf8_string(info.producer));
    PoDoFo::PdfDictionary& dict = pdf_info->GetObject()->GetDictionary();
    if (info.when) {
        const std::string date = pdf_date(*info.when);
        dict.AddKey(PoDoFo::PdfName("CreationDate"), PoDoFo::PdfString(date.c_str()));
        dict.AddKey(PoDoFo::PdfName("ModDate"), PoDoFo::PdfString(date.c_str()));
    } else {
        dict.RemoveKey(PoDoFo::PdfName("CreationDate"));  // PoDoFo stamps the clock; no date is known
        dict.RemoveKey(PoDoFo::PdfName("ModDate"));
    }
    if (!info.lang.empty())
        doc.GetCatalog()->GetDictionary().AddKey(PoDoFo::PdfName("Lang"),
                                                 PoDoFo::PdfString(info.lang.c_str()));
    doc.SetPdfVersion(PoDoFo::ePdfVersion_1_7);
    doc.SetDisplayDocTitle();
}

void build_outline(PoDoFo::PdfMemDocument& doc, const std::vector<BookmarkTarget>& targets) {
    if (targets.empty()) return;
    PoDoFo::PdfOutlines* outlines = doc.GetOutlines();
    auto destination = [&doc](const BookmarkTarget& target) {
        return PoDoFo::PdfDestination(doc.GetPage(target.page), 0.0, target.top, 0.0);
    };
    // The title is the root entry (without a title, the first heading is).
    PoDoFo::PdfOutlineItem* root = outlines->CreateRoot(utf8_string(targets.front().bookmark.title));
    root->SetDestination(destination(targets.front()));
    // parents[level]: the latest entry of that level, under which deeper levels nest.
    std::vector<PoDoFo::PdfOutlineItem*> parents{root};
    for (std::size_t i = 1; i < targets.size(); ++i) {
        const int level = std::max(1, targets[i].bookmark.level);
        while (static_cast<int>(parents.size()) > level) parents.pop_back();
        PoDoFo::PdfOutlineItem* parent = parents.back();
        PoDoFo::PdfOutlineItem* item =
            parent->CreateChild(utf8_string(targets[i].bookmark.title), destination(targets[i]));
        while (static_cast<int>(parents.size()) < level) parents.push_back(parents.back());
        parents.push_back(item);
    }
    doc.SetPageMode(PoDoFo::ePdfPageModeUseBookmarks);
}

}  // namespace folio::pdf
