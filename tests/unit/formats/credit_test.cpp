// Credit lines split into marker, holder and creator.
#include "formats/credit.hpp"

#include <gtest/gtest.h>

namespace folio {

namespace {
CreditParts parts(std::string marker, std::string holder, std::string creator) {
    return CreditParts{std::move(marker), std::move(holder), std::move(creator)};
}
}  // namespace

TEST(Credit, CopyrightWithBarSplitsHolderAndCreator) {
    EXPECT_EQ(parse_credit("© picture alliance / ASSOCIATED PRESS | Vladimir Smirnov"),
              parts("©", "picture alliance / ASSOCIATED PRESS", "Vladimir Smirnov"));
}

TEST(Credit, BildWithBarSplitsHolderAndCreator) {
    EXPECT_EQ(parse_credit("Bild: picture alliance / dpa | Choi Jae-won"),
              parts("Bild:", "picture alliance / dpa", "Choi Jae-won"));
}

TEST(Credit, FotoNamesTheCreator) {
    EXPECT_EQ(parse_credit("Foto: Hanna Schubert"), parts("Foto:", "", "Hanna Schubert"));
}

TEST(Credit, PhotoNameSlashAgency) {
    EXPECT_EQ(parse_credit("Photo: Pierre Lacombe/AFP"), parts("Photo:", "AFP", "Pierre Lacombe"));
}

TEST(Credit, CopyrightWithoutBarIsTheHolder) {
    EXPECT_EQ(parse_credit("(c) Marco Ferreira"), parts("(c)", "Marco Ferreira", ""));
    EXPECT_EQ(parse_credit("© picture alliance / dpa"), parts("©", "picture alliance / dpa", ""));
}

TEST(Credit, SourceMarkersNameTheHolder) {
    EXPECT_EQ(parse_credit("Quelle: Stadtwerke Kiel"), parts("Quelle:", "Stadtwerke Kiel", ""));
    EXPECT_EQ(parse_credit("Source : Agence Vignobles"), parts("Source :", "Agence Vignobles", ""));
}

TEST(Credit, FrenchSpacedMarkerAndNoBreakSpace) {
    EXPECT_EQ(parse_credit("Crédit : Studio Lumière"), parts("Crédit :", "", "Studio Lumière"));
    EXPECT_EQ(parse_credit("Photo\xC2\xA0: Anne Roux"), parts("Photo\xC2\xA0:", "", "Anne Roux"));
}

TEST(Credit, CombinedMarkers) {
    EXPECT_EQ(parse_credit("Foto: © dpa"), parts("Foto: ©", "dpa", ""));
    EXPECT_EQ(parse_credit("CREDIT: Reuters | Jane Doe"), parts("CREDIT:", "Reuters", "Jane Doe"));
}

TEST(Credit, NoMarkerNamesTheCreator) {
    EXPECT_EQ(parse_credit("  Vladimir Smirnov  "), parts("", "", "Vladimir Smirnov"));
}

TEST(Credit, UrlIsNotSplitAtItsSlashes) {
    EXPECT_EQ(parse_credit("Photo: https://photos.example/x"),
              parts("Photo:", "", "https://photos.example/x"));
}

TEST(Credit, EmptyAndMarkerOnly) {
    EXPECT_EQ(parse_credit(""), parts("", "", ""));
    EXPECT_EQ(parse_credit("©"), parts("©", "", ""));
}

TEST(Credit, WordThatOnlyStartsLikeAMarkerIsText) {
    EXPECT_EQ(parse_credit("Photographer: Ann Lee"), parts("", "", "Photographer: Ann Lee"));
}

}  // namespace folio

namespace folio {

TEST(CreditMarker, OneListServesReaderAndParser) {
    EXPECT_EQ(credit_marker_end("Photo credit: Ana Lima"), std::string_view("Photo credit:").size());
    EXPECT_EQ(credit_marker_end("Bildquelle: dpa"), std::string_view("Bildquelle:").size());
    EXPECT_EQ(credit_marker_end("Crédit : AFP"), std::string_view("Crédit :").size());
    EXPECT_EQ(credit_marker_end("(c) Reuters"), 3u);
    EXPECT_EQ(credit_marker_end("\xC2\xA9 dpa"), 2u);
    EXPECT_EQ(credit_marker_end("Fotografen berichten: Es war kalt."), 0u);
    EXPECT_EQ(credit_marker_end("Die Quelle des Flusses"), 0u);
    EXPECT_EQ(parse_credit("Bildquelle: picture alliance").holder, "picture alliance");
    EXPECT_EQ(parse_credit("Photo credit: Ana Lima").creator, "Ana Lima");
}

}  // namespace folio
