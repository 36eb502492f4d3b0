// Hostile XML through the folio program: entity bombs, external entities and DTDs, XInclude. A one-line
// error (exit 1) or a warning (exit 0), in bounded time, and nothing of a local file in the output.
#include <gtest/gtest.h>

#include <string>

#include "tests/cli/cli_expectations.hpp"
#include "tests/hostile/hostile_support.hpp"
#include "tests/support/temp_dir.hpp"

namespace folio::test {
namespace {

std::string fixture(const char* name) { return data_path(std::string("xml/") + name).string(); }

TEST(HostileXml, BillionLaughsIsRefusedQuickly) {
    const TimedResult run = run_folio_timed({fixture("billion_laughs.xml"), "-t", "json"});
    expect_conversion_failure(run.process, fixture("billion_laughs.xml"), "docbook: not well-formed XML");
    expect_bounded(run, 20, 300);
}

TEST(HostileXml, ExternalEntitiesAreRefusedWithTheirAddress) {
    for (const char* name : {"external_entity_passwd.xml", "parameter_entity.xml", "network_entity.xml"}) {
        const TimedResult run = run_folio_timed({fixture(name), "-t", "json"});
        expect_conversion_failure(run.process, fixture(name), "is refused");
        EXPECT_FALSE(contains(run.process.err, "root:x:0:0")) << name;
        expect_bounded(run, 20, 300);
    }
}

TEST(HostileXml, ExternalDtdIsNotLoadedButWarnedAbout) {
    const ProcessResult result = run_folio({fixture("external_dtd.xml"), "-t", "json"});
    expect_success_with_warnings_only(result, fixture("external_dtd.xml"));
    EXPECT_TRUE(contains(result.err, "the external DTD \"file:///etc/passwd\" is not loaded")) << result.err;
    EXPECT_FALSE(contains(result.out, "root:x:0:0"));
}

TEST(HostileXml, XIncludeIsNotFollowed) {
    const TempDir dir;
    const std::string input =
        dir.add_file("xinclude.xml",
                     "<article xmlns=\"http://docbook.org/ns/docbook\" "
                     "xmlns:xi=\"http://www.w3.org/2001/XInclude\" "
                     "version=\"5.0\"><title>T</title><para>before</para>"
                     "<xi:include href=\"/etc/passwd\" parse=\"text\"/><para>after</para></article>")
            .string();
    const ProcessResult result = run_folio({input, "-t", "text"});
    expect_success_with_warnings_only(result, input);
    EXPECT_TRUE(contains(result.err, "XInclude")) << result.err;
    EXPECT_TRUE(contains(result.out, "after"));
    EXPECT_FALSE(contains(result.out, "root:x:0:0"));
}

TEST(HostileXml, InternalEntitiesExpandWithinBounds) {
    const TempDir dir;
    const std::string input =
        dir.add_file("entities.xml",
                     "<!DOCTYPE article [<!ENTITY port \"Hafen &amp; Kai\">]>"
                     "<article xmlns=\"http://docbook.org/ns/docbook\" version=\"5.0\">"
                     "<title>&port;</title><para>Am &port; ist es ruhig.</para></article>")
            .string();
    const ProcessResult result = run_folio({input, "-t", "docbook"});
    EXPECT_EQ(result.exit_code, 0) << result.err;
    EXPECT_TRUE(contains(result.out, "Am Hafen &amp; Kai ist es ruhig.")) << result.out;
    EXPECT_EQ(xml_error(result.out), "");
}

}  // namespace
}  // namespace folio::test
