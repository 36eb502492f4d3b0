// Streams deflated with the reused zlib state checked against PoDoFo's own Flate filter: the same stored
// bytes and the same dictionary, stream after stream, also when a helper thread deflates them.
#include "output/pdf/deflated_stream.hpp"

#include <gtest/gtest.h>
#include <podofo/podofo.h>

#include <cstdint>
#include <string>
#include <vector>

namespace folio {
namespace {

// The object's dictionary as PDF text and its stream as stored (deflated).
std::string stored(const PoDoFo::PdfObject& object) {
    std::string text;
    object.ToString(text);
    char* data = nullptr;
    PoDoFo::pdf_long size = 0;
    object.GetStream()->GetCopy(&data, &size);
    text.append(data, static_cast<std::size_t>(size));
    PoDoFo::podofo_free(data);
    return text;
}

std::vector<std::string> samples() {
    std::string text;
    for (int i = 0; i < 20000; ++i)
        text += "BT /Ft6 9.5 Tf 1 0 0 1 " + std::to_string(i % 541) + " 720 Tm (Zeile) Tj ET\n";
    std::string noise;
    std::uint32_t seed = 7;
    for (int i = 0; i < 300000; ++i) {
        seed = seed * 1664525u + 1013904223u;
        noise += static_cast<char>(seed >> 24);
    }
    return {"", "q 1 0 0 1 72 720 cm Q\n", text, noise, text};
}

TEST(DeflatedStream, GivesPoDoFosFlateBytesStreamAfterStream) {
    PoDoFo::PdfMemDocument doc;
    for (const std::string& data : samples()) {
        PoDoFo::PdfObject* by_podofo = doc.GetObjects().CreateObject();
        by_podofo->GetStream()->Set(data.data(), static_cast<PoDoFo::pdf_long>(data.size()));
        PoDoFo::PdfObject* by_folio = doc.GetObjects().CreateObject();
        pdf::StreamDeflation deflation;
        deflation.add(*by_folio, data);
        deflation.finish();
        EXPECT_EQ(by_folio->GetDictionary().GetKeyAsName(PoDoFo::PdfName::KeyFilter).GetName(),
                  "FlateDecode");
        EXPECT_TRUE(stored(*by_folio) == stored(*by_podofo)) << data.size() << " bytes";
        char* decoded = nullptr;
        PoDoFo::pdf_long size = 0;
        by_folio->GetStream()->GetFilteredCopy(&decoded, &size);
        EXPECT_EQ(std::string(decoded, static_cast<std::size_t>(size)), data);
        PoDoFo::podofo_free(decoded);
    }
}

TEST(StreamDeflation, SetsPoDoFosFlateBytesInEveryStreamHandedOver) {
    PoDoFo::PdfMemDocument doc;
    std::vector<PoDoFo::PdfObject*> deferred, by_podofo;
    std::vector<std::string> data;
    {
        pdf::StreamDeflation deflation;
        for (int round = 0; round < 8; ++round)  // more streams than the helper deflates at once
            for (const std::string& sample : samples()) {
                data.push_back(sample + std::to_string(round));
                deferred.push_back(doc.GetObjects().CreateObject());
                deflation.add(*deferred.back(), data.back());
                by_podofo.push_back(doc.GetObjects().CreateObject());
                by_podofo.back()->GetStream()->Set(data.back().data(),
                                                   static_cast<PoDoFo::pdf_long>(data.back().size()));
            }
        for (const PoDoFo::PdfObject* object : deferred) EXPECT_FALSE(object->HasStream());  // not yet set
        deflation.finish();
    }
    for (std::size_t i = 0; i < deferred.size(); ++i) {
        ASSERT_TRUE(deferred[i]->HasStream()) << i;
        EXPECT_TRUE(stored(*deferred[i]) == stored(*by_podofo[i])) << i;
        char* decoded = nullptr;
        PoDoFo::pdf_long size = 0;
        deferred[i]->GetStream()->GetFilteredCopy(&decoded, &size);
        EXPECT_EQ(std::string(decoded, static_cast<std::size_t>(size)), data[i]) << i;
        PoDoFo::podofo_free(decoded);
    }
}

TEST(StreamDeflation, CanBeLeftUnfinished) {  // as when painting a page fails: nothing set, no thread left
    PoDoFo::PdfMemDocument doc;
    PoDoFo::PdfObject* object = doc.GetObjects().CreateObject();
    {
        pdf::StreamDeflation deflation;
        deflation.add(*object, samples()[2]);
    }
    EXPECT_FALSE(object->HasStream());
}

}  // namespace
}  // namespace folio
