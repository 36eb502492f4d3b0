// Reading hand-written DocBook 5 articles: indentation, sections, figures, authors, DocBook 4 habits.
#include "input/docbook/docbook_reader.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace folio {

namespace {

Document read(const std::string& xml, Diagnostics& diag) {
    ReadOptions options;
    options.source_name = "hand.xml";
    return read_docbook(xml, options, diag);
}

const char* hand_written = R"(<?xml version="1.0" encoding="utf-8"?>
<!-- written by hand, indented like people do -->
<article xmlns="http://docbook.org/ns/docbook" xmlns:xlink="http://www.w3.org/1999/xlink"
         version="5.0" xml:lang="en-GB">
  <info>
    <title>Harbour
      Logistics</title>
    <authorgroup>
      <author>
        <personname>
          <honorific>Dr.</honorific>
          <firstname>Ann</firstname>
          <surname>Lee</surname>
        </personname>
        <personblurb>
          <para>Ann Lee writes about
            ports.</para>
        </personblurb>
      </author>
      <author><orgname>Newsroom</orgname></author>
    </authorgroup>
    <pubdate>2024-02-20</pubdate>
    <abstract><para>The short version.</para></abstract>
    <copyright><year>2024</year><holder>Example Press</holder></copyright>
  </info>
  <para>
    First paragraph with <emphasis>emphasis</emphasis>,
    <emphasis role="bold">bold</emphasis> and a
    <link xlink:href="https://example.org/">link</link>.
  </para>
  <sect1>
    <title>Cranes</title>
    <para>About cranes.<footnote><para>Not shown.</para></footnote></para>
    <figure>
      <title>A crane at dusk</title>
      <mediaobject>
        <imageobject><imagedata fileref="crane.png" format="PNG"/></imageobject>
        <textobject><phrase>A crane</phrase></textobject>
      </mediaobject>
    </figure>
    <sect2>
      <title>Details</title>
      <itemizedlist>
        <listitem><para>one</para></listitem>
        <listitem><para>two</para></listitem>
      </itemizedlist>
      <blockquote>
        <attribution>Someone</attribution>
        <para>Quoted.</para>
      </blockquote>
    </sect2>
  </sect1>
  <section>
    <title>Closing</title>
    <tip><para>A tip.</para></tip>
    <informaltable><tgroup cols="1"><tbody><row><entry>cell</entry></row></tbody></tgroup></informaltable>
  </section>
</article>
)";

}  // namespace

TEST(DocbookReader, HandWrittenArticleMetadata) {
    Diagnostics diag;
    const Document doc = read(hand_written, diag);
    EXPECT_EQ(doc.meta.title, "Harbour Logistics");
    EXPECT_EQ(doc.meta.lang, "en-GB");
    EXPECT_EQ(doc.meta.date, "2024-02-20");
    EXPECT_EQ(doc.meta.rights, "© 2024 Example Press");
    ASSERT_EQ(doc.meta.authors.size(), 2u);
    EXPECT_EQ(doc.meta.authors[0].name, "Dr. Ann Lee");
    EXPECT_EQ(doc.meta.authors[0].given, "Ann");
    EXPECT_EQ(doc.meta.authors[0].family, "Lee");
    EXPECT_EQ(to_plain_text(doc.meta.authors[0].bio), "Ann Lee writes about ports.");
    EXPECT_EQ(doc.meta.authors[1].name, "Newsroom");
}

TEST(DocbookReader, HandWrittenArticleBody) {
    Diagnostics diag;
    const Document doc = read(hand_written, diag);
    ASSERT_EQ(doc.blocks.size(), 11u);
    EXPECT_EQ(std::get<Paragraph>(doc.blocks[0]), (Paragraph{plain("The short version."), "lead"}));
    EXPECT_EQ(std::get<Paragraph>(doc.blocks[1]).content,
              (Inlines{text("First paragraph with "), emphasis(plain("emphasis")), text(", "),
                       strong(plain("bold")), text(" and a "), link("https://example.org/", plain("link")),
                       text(".")}));
    EXPECT_EQ(std::get<Heading>(doc.blocks[2]), (Heading{2, plain("Cranes")}));
    EXPECT_EQ(std::get<Paragraph>(doc.blocks[3]).content, plain("About cranes."));
    const Figure& figure = std::get<Figure>(doc.blocks[4]);
    EXPECT_EQ(figure.src, "crane.png");
    EXPECT_EQ(figure.media_type, "image/png");
    EXPECT_EQ(figure.alt, "A crane");
    EXPECT_EQ(figure.caption, plain("A crane at dusk"));
    EXPECT_EQ(std::get<Heading>(doc.blocks[5]), (Heading{3, plain("Details")}));
    EXPECT_EQ(std::get<List>(doc.blocks[6]), (List{false, {plain("one"), plain("two")}}));
    EXPECT_EQ(std::get<BlockQuote>(doc.blocks[7]), (BlockQuote{plain("Quoted."), "Someone"}));
    EXPECT_EQ(std::get<Heading>(doc.blocks[8]), (Heading{2, plain("Closing")}));
    EXPECT_EQ(std::get<Note>(doc.blocks[9]), (Note{plain("A tip.")}));
    EXPECT_EQ(std::get<Table>(doc.blocks[10]), (Table{{}, {}, {{TableCell{plain("cell")}}}, {}}));
}

TEST(DocbookReader, UnknownBlocksAreReportedOnce) {
    Diagnostics diag;
    const Document doc = read(R"(<article xmlns="http://docbook.org/ns/docbook" version="5.0"><title>T</title>
<sidebar><para>One.</para></sidebar><sidebar><para>Two.</para></sidebar></article>)",
                              diag);
    ASSERT_EQ(doc.blocks.size(), 2u);
    EXPECT_EQ(std::get<Paragraph>(doc.blocks[1]).content, plain("Two."));
    const auto mentions = [&](const std::string& what) {
        return std::count_if(diag.warnings.begin(), diag.warnings.end(),
                             [&](const std::string& w) { return w.find(what) != std::string::npos; });
    };
    EXPECT_EQ(mentions("<sidebar>"), 1);
}

TEST(DocbookReader, CreditFromOthercreditsWhenNoVerbatimText) {
    const std::string xml =
        R"(<article xmlns="http://docbook.org/ns/docbook" version="5.0"><info><title>T</title></info>
<informalfigure><mediaobject><info>
<othercredit class="other" otherclass="photographer"><personname>Jo Kim</personname></othercredit>
<othercredit class="other" otherclass="agency"><orgname>dpa</orgname></othercredit>
</info><textobject><phrase>alt</phrase></textobject>
<caption><para>A caption.</para></caption></mediaobject></informalfigure></article>)";
    Diagnostics diag;
    const Figure figure = std::get<Figure>(read(xml, diag).blocks.at(0));
    EXPECT_EQ(figure.credit, "dpa | Jo Kim");
    EXPECT_EQ(figure.caption, plain("A caption."));
    EXPECT_EQ(figure.alt, "alt");
}

TEST(DocbookReader, NonDocbookRootIsAnError) {
    Diagnostics diag;
    try {
        read("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body/></html>", diag);
        FAIL() << "expected folio::Error";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("not DocBook"), std::string::npos);
    }
}

TEST(DocbookReader, MalformedXmlNamesTheLine) {
    Diagnostics diag;
    try {
        read("<article xmlns=\"http://docbook.org/ns/docbook\">\n<para>\n</article>", diag);
        FAIL() << "expected folio::Error";
    } catch (const Error& error) {
        EXPECT_NE(std::string(error.what()).find("docbook: not well-formed XML, line 3"), std::string::npos)
            << error.what();
    }
}

TEST(DocbookReader, InternalEntitiesAreExpanded) {
    Diagnostics diag;
    const Document doc = read(R"(<!DOCTYPE article [<!ENTITY org "Example Press">]>
<article xmlns="http://docbook.org/ns/docbook" version="5.0"><info><title>By &org;</title></info>
<para>&org; &#x2013; &amp;</para></article>)",
                              diag);
    EXPECT_EQ(doc.meta.title, "By Example Press");
    EXPECT_EQ(std::get<Paragraph>(doc.blocks.at(0)).content, plain("Example Press – &"));
}

}  // namespace folio
