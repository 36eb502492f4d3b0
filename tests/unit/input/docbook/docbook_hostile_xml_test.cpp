// Hostile XML: entity expansion bombs, external entities and external DTDs are refused or neutralised.
#include <sys/resource.h>

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "input/docbook/docbook_reader.hpp"
#include "output/docbook/docbook_validate.hpp"
#include "tests/support/thread_cpu_time.hpp"

namespace folio {

namespace {

namespace fs = std::filesystem;

const fs::path fixtures = fs::path(FOLIO_TEST_DATA) / "xml";
constexpr const char* secret_marker = "FOLIO-SECRET-7f3a";

std::string read_bytes(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

long max_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

struct Outcome {
    bool refused = false;
    std::string message;  // the error, or every warning
    Document doc;
    std::chrono::duration<double> elapsed{};  // CPU time of this thread
};

Outcome read(const std::string& xml) {
    Outcome outcome;
    Diagnostics diag;
    ReadOptions options;
    options.source_name = "hostile.xml";
    const auto start = test::thread_cpu_time();
    try {
        outcome.doc = read_docbook(xml, options, diag);
        for (const std::string& warning : diag.warnings) outcome.message += warning + "\n";
    } catch (const Error& error) {
        outcome.refused = true;
        outcome.message = error.what();
    }
    outcome.elapsed = test::thread_cpu_time() - start;
    return outcome;
}

std::string everything(const Document& doc) {
    std::string out = doc.meta.title;
    for (const Block& block : doc.blocks) out += block_plain_text(block);
    return out;
}

}  // namespace

TEST(DocbookHostileXml, BillionLaughsIsRefusedQuicklyWithBoundedMemory) {
    const long rss_before = max_rss_kib();
    const Outcome outcome = read(read_bytes(fixtures / "billion_laughs.xml"));
    EXPECT_TRUE(outcome.refused);
    EXPECT_NE(outcome.message.find("entity"), std::string::npos) << outcome.message;
    EXPECT_LT(outcome.elapsed, std::chrono::seconds(2));
    EXPECT_LT(max_rss_kib() - rss_before, 100L * 1024);  // well under 100 MiB more than before
}

TEST(DocbookHostileXml, BillionLaughsIsQuicklyAValidationErrorToo) {
    const auto start = test::thread_cpu_time();
    const std::vector<std::string> errors = validate_docbook(read_bytes(fixtures / "billion_laughs.xml"));
    EXPECT_FALSE(errors.empty());
    EXPECT_LT(test::thread_cpu_time() - start, std::chrono::seconds(2));
}

TEST(DocbookHostileXml, ExternalEntityToPasswdIsRefused) {
    const Outcome outcome = read(read_bytes(fixtures / "external_entity_passwd.xml"));
    EXPECT_TRUE(outcome.refused);
    EXPECT_NE(outcome.message.find("external entity \"file:///etc/passwd\" is refused"), std::string::npos)
        << outcome.message;
    EXPECT_EQ(outcome.message.find("root:"), std::string::npos);
}

TEST(DocbookHostileXml, ExternalEntityToALocalFileLeaksNothing) {
    const std::string url = "file://" + fs::absolute(fixtures / "secret.txt").string();
    ASSERT_NE(read_bytes(fixtures / "secret.txt").find(secret_marker), std::string::npos);
    const Outcome outcome = read("<!DOCTYPE article [<!ENTITY s SYSTEM \"" + url +
                                 "\">]>\n<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\">"
                                 "<info><title>T &s;</title></info><para>&s;</para></article>");
    EXPECT_TRUE(outcome.refused);
    EXPECT_NE(outcome.message.find(url), std::string::npos) << outcome.message;
    EXPECT_EQ(outcome.message.find(secret_marker), std::string::npos);
    EXPECT_EQ(everything(outcome.doc).find(secret_marker), std::string::npos);
}

TEST(DocbookHostileXml, ValidationNeverLoadsExternalEntities) {
    for (const char* name : {"external_entity_passwd.xml", "parameter_entity.xml", "external_dtd.xml"}) {
        std::string all;
        for (const std::string& error : validate_docbook(read_bytes(fixtures / name))) all += error + "\n";
        EXPECT_EQ(all.find("root:"), std::string::npos) << name << ": " << all;
    }
}

TEST(DocbookHostileXml, ExternalDtdIsNotLoadedAndTheBodyIsRead) {
    const Outcome outcome = read(read_bytes(fixtures / "external_dtd.xml"));
    ASSERT_FALSE(outcome.refused) << outcome.message;
    EXPECT_NE(outcome.message.find("external DTD \"file:///etc/passwd\" is not loaded"), std::string::npos)
        << outcome.message;
    EXPECT_EQ(outcome.doc.meta.title, "External DTD");
    EXPECT_EQ(everything(outcome.doc), "External DTDBody text.");
}

// DocBook 4 files use the named character entities of their DTD, which folio never loads.
TEST(DocbookHostileXml, NamedCharacterEntitiesOfAnUnloadedDtdAreReadWithoutIt) {
    const Outcome outcome = read(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE article PUBLIC \"-//OASIS//DTD DocBook XML V4.5//EN\" "
        "\"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\">\n"
        "<article><title>Caf&eacute; prices</title><para>It cost 38&nbsp;million &mdash; or more&hellip; "
        "says &ldquo;the &amp; owner&rdquo; of the &euro; caf&eacute; &notanentity; today.</para></article>");
    ASSERT_FALSE(outcome.refused) << outcome.message;
    EXPECT_EQ(outcome.doc.meta.title, "Caf\u00E9 prices");
    ASSERT_EQ(outcome.doc.blocks.size(), 1u) << everything(outcome.doc);
    EXPECT_EQ(block_plain_text(outcome.doc.blocks[0]),
              "It cost 38\u00A0million \u2014 or more\u2026 says \u201Cthe & owner\u201D of the \u20AC "
              "caf\u00E9 &notanentity; today.");
    EXPECT_NE(outcome.message.find("&notanentity; is not defined"), std::string::npos) << outcome.message;
    EXPECT_EQ(outcome.message.find("&nbsp;"), std::string::npos) << outcome.message;
}

TEST(DocbookHostileXml, Html5AndIso8879EntitiesBeyondHtml4AreReadToo) {
    const Outcome outcome = read(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE article PUBLIC \"-//OASIS//DTD DocBook XML V4.5//EN\" "
        "\"http://www.oasis-open.org/docbook/xml/4.5/docbookx.dtd\">\n"
        "<article><title>T</title><para>&half; &check; &cross; &star; &female; &lsquor;a&ldquor; &fjlig;ord "
        "e&nbhy;mail &NotEqualTilde; &lt;&amp;</para></article>");
    ASSERT_FALSE(outcome.refused) << outcome.message;
    ASSERT_EQ(outcome.doc.blocks.size(), 1u) << everything(outcome.doc);
    EXPECT_EQ(block_plain_text(outcome.doc.blocks[0]),
              "\u00BD \u2713 \u2717 \u2606 \u2640 \u201Aa\u201E fjord e\u2011mail \u2242\u0338 <&");
    EXPECT_EQ(outcome.message.find("is not defined"), std::string::npos) << outcome.message;
}

TEST(DocbookHostileXml, NamedEntitiesWithoutAnyDoctypeAreReadToo) {
    const Outcome outcome = read(
        "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\"><title>T</title>"
        "<para>A&nbsp;B&mdash;C</para></article>");
    ASSERT_FALSE(outcome.refused) << outcome.message;
    EXPECT_EQ(everything(outcome.doc), "TA\u00A0B\u2014C");
}

TEST(DocbookHostileXml, ExternalParameterEntityIsRefused) {
    const Outcome outcome = read(read_bytes(fixtures / "parameter_entity.xml"));
    EXPECT_TRUE(outcome.refused);
    EXPECT_NE(outcome.message.find("file:///etc/passwd"), std::string::npos) << outcome.message;
    EXPECT_EQ(outcome.message.find("root:"), std::string::npos);
}

TEST(DocbookHostileXml, NetworkEntityIsRefusedQuicklyWithoutWaiting) {
    const Outcome outcome = read(read_bytes(fixtures / "network_entity.xml"));
    EXPECT_TRUE(outcome.refused);
    EXPECT_NE(outcome.message.find("http://127.0.0.1:9/secret.txt"), std::string::npos) << outcome.message;
    EXPECT_LT(outcome.elapsed, std::chrono::seconds(2));
}

// AddressSanitizer: GCC says so with __SANITIZE_ADDRESS__, clang with __has_feature.
#if defined(__SANITIZE_ADDRESS__)
#define FOLIO_TEST_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FOLIO_TEST_UNDER_ASAN 1
#endif
#endif

TEST(DocbookHostileXml, QuadraticBlowupIsBounded) {
    const std::string big(20000, 'a');
    std::string refs;
    for (int i = 0; i < 20000; ++i) refs += "&big;";
    const long rss_before = max_rss_kib();
    const Outcome outcome = read("<!DOCTYPE article [<!ENTITY big \"" + big +
                                 "\">]>\n<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\">"
                                 "<info><title>T</title></info><para>" +
                                 refs + "</para></article>");
    EXPECT_TRUE(outcome.refused) << "expanded to " << everything(outcome.doc).size() << " bytes";
#ifdef FOLIO_TEST_UNDER_ASAN
    constexpr long limit_kib = 600L * 1024;  // ASan's redzones and quarantine about triple the memory
    // ASan checks every byte libxml2 copies before the limit stops it: about 8 s of CPU on a 2-core
    // VM whose page faults are slow; unbounded expansion would take minutes.
    constexpr auto time_limit = std::chrono::seconds(30);
#else
    constexpr long limit_kib = 200L * 1024;
    constexpr auto time_limit = std::chrono::seconds(5);
#endif
    EXPECT_LT(outcome.elapsed, time_limit);
    EXPECT_LT(max_rss_kib() - rss_before, limit_kib);
}

}  // namespace folio
