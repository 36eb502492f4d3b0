// Damaged and hostile images made from a good corpus JPEG at test time: cut, 12-bit, lossless and
// 5-component JPEGs, a zero-width PNG, and SVGs carrying scripts, entities and external references.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "tests/support/test_data.hpp"

namespace folio::test {

inline std::string corpus_jpeg() { return read_file(data_path("corpus/images/de_chile_lithium.jpg")); }

// The corpus JPEG with its start-of-frame marker, sample precision and component count changed.
inline std::string jpeg_with_frame(unsigned char marker, unsigned char precision, unsigned char components) {
    std::string jpeg = corpus_jpeg();
    const std::size_t sof = jpeg.find("\xFF\xC0");
    if (sof == std::string::npos) return {};
    jpeg[sof + 1] = static_cast<char>(marker);
    jpeg[sof + 4] = static_cast<char>(precision);
    jpeg[sof + 9] = static_cast<char>(components);
    return jpeg;
}

// A valid 2 × 2 RGB PNG.
inline std::string small_png() {
    return std::string(
        "\x89PNG\r\n\x1A\n\x00\x00\x00\x0DIHDR\x00\x00\x00\x02\x00\x00\x00\x02\x08\x02\x00\x00\x00\xFD\xD4"
        "\x9A"
        "\x73"
        "\x00\x00\x00\x10IDAT\x78\x9C\x63\xF8\xCF\xC0\xC0\x00\xC2\x60\x02\x00\x19\xF4\x02\xFE\xAB\x41\x56\xBC"
        "\x00\x00\x00\x00IEND\xAE\x42\x60\x82",
        73);
}

inline const std::string& svg_open() {
    static const std::string open =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" "
        "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">";
    return open;
}

// Images no book may carry as they are, by name.
inline std::map<std::string, std::string> hostile_images() {
    const std::string jpeg = corpus_jpeg();
    std::string zero_width = small_png();
    zero_width[16] = zero_width[17] = zero_width[18] = zero_width[19] = '\0';
    std::string laughs = "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"lol\">";
    for (char c = 'b'; c <= 'k'; ++c)
        laughs += std::string("<!ENTITY ") + c + " \"" + std::string(10, '&') + "\">";
    laughs += "]>" + svg_open() + "<text>&k;</text></svg>";
    return {
        {"truncated.jpg", jpeg.substr(0, jpeg.size() / 2)},
        {"twelve_bit.jpg", jpeg_with_frame(0xC1, 12, 3)},
        {"lossless.jpg", jpeg_with_frame(0xC3, 8, 3)},
        {"five_components.jpg", jpeg_with_frame(0xC0, 8, 5)},
        {"zero_width.png", zero_width},
        {"external_entity.svg",
         "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + svg_open() +
             "<text>&x;</text></svg>"},
        {"billion_laughs.svg", laughs},
        {"broken.svg", svg_open() + "<rect width=\"5\"></svg>"},
        {"page_named.jpg",
         "<!DOCTYPE html><html><body><p>Not an image</p><svg xmlns=\"http://www.w3.org/2000/svg\">"
         "<rect width=\"5\" height=\"5\"/></svg></body></html>"},
    };
}

// An SVG worth keeping once cleaned: a script, an event handler, a file: image, a remote stylesheet.
inline std::string svg_needing_cleaning() {
    return svg_open() +
           "<script>alert(1)</script><rect width=\"5\" height=\"5\" fill=\"url(#g)\" onclick=\"alert(2)\"/>"
           "<image xlink:href=\"file:///etc/passwd\" width=\"5\" height=\"5\"/>"
           "<image href=\"https://example.org/x.png\" width=\"5\" height=\"5\"/>"
           "<style>@import url(https://example.org/x.css);</style>"
           "<linearGradient id=\"g\"><stop offset=\"0\" stop-color=\"red\"/></linearGradient>"
           "<text x=\"1\" y=\"8\">kept text</text></svg>";
}

// An SVG well-formed but outside the vocabulary epubcheck allows, in each way the sanitiser mends: an
// unknown element and attributes, a value outside an enumeration, foreign-namespace content, text where
// none may stand, a shape without a required attribute, a shape inside a shape, links (in a group and
// in text), a repeated id, a malformed id, references to missing or wrong-kind fragments, a document
// type declaration naming SVG's DTD.
inline std::string svg_outside_the_schema() {
    return "<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
           "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">" +
           svg_open() +
           "<gizmo size=\"3\"/><path d=\"M0 0h4\" data-x=\"1\" fill-rule=\"sideways\" stroke=\"navy\"/>"
           "<g>loose text<x:note xmlns:x=\"urn:example\">note</x:note>"
           "<rect width=\"2\" height=\"2\" x:at=\"1\" xmlns:x=\"urn:example\"/></g>"
           "<rect x=\"1\"/><circle r=\"2\"><rect width=\"1\" height=\"1\"/></circle>"
           "<a href=\"https://example.org/\"><ellipse id=\"same\" rx=\"1\" ry=\"1\"/></a>"
           "<ellipse id=\"same\" rx=\"2\" ry=\"2\"/><line id=\"1st\" x2=\"3\"/>"
           "<text x=\"1\" y=\"8\">kept text, <a xlink:href=\"#same\"><tspan>linked</tspan></a></text>"
           "<linearGradient id=\"paint\" spreadMethod=\"loop\"><stop offset=\"1\"/></linearGradient>"
           "<use xlink:href=\"#paint\"/><use xlink:href=\"#missing\"/><use xlink:href=\"#same\"/>"
           "<rect width=\"3\" height=\"3\" fill=\"url(#same)\" stroke=\"url(#paint)\" "
           "clip-path=\"url(#missing)\"/></svg>";
}

}  // namespace folio::test
