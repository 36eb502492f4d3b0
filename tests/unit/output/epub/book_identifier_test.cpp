// Tests for the EPUB identifier: a given one is kept, otherwise a UUID URN derived from the content.
#include <gtest/gtest.h>

#include "output/epub/book_identifier.hpp"

namespace folio {

TEST(EpubBookIdentifier, RecognizesUuidUrns) {
    EXPECT_TRUE(is_uuid_urn("urn:uuid:0b8f2c1e-1111-4222-8333-944455556666"));
    EXPECT_FALSE(is_uuid_urn("urn:uuid:0b8f2c1e11114222833394445555666"));
    EXPECT_FALSE(is_uuid_urn("urn:isbn:9783161484100"));
}

TEST(EpubBookIdentifier, GivenIdentifierIsKept) {
    Document doc;
    doc.meta.identifier = "https://example.org/artikel/1";
    Diagnostics diag;
    EXPECT_EQ(book_identifier(doc, diag), "https://example.org/artikel/1");
    doc.meta.identifier.clear();
    doc.meta.title = "A";
    const std::string a = book_identifier(doc, diag);
    doc.meta.title = "B";
    EXPECT_NE(book_identifier(doc, diag), a);
    EXPECT_TRUE(is_uuid_urn(a));
}

}  // namespace folio
