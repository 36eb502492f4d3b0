// CSS for articles: readable measure, hyphenation, set-apart lead, styled caption and credit.
#include "output/html/stylesheet.hpp"

namespace folio {

std::string_view article_stylesheet() {
    return R"css(/* folio: article typography */
html {
  font-family: "Source Serif Pro", "Iowan Old Style", "Palatino Linotype", Georgia, "DejaVu Serif", serif;
  line-height: 1.5;
}
body {
  margin: 0 auto;
  padding: 0 1em;
  orphans: 2;
  widows: 2;
}
.article {
  max-width: 36em;
  margin: 0 auto;
  -webkit-hyphens: auto;
  -epub-hyphens: auto;
  hyphens: auto;
  overflow-wrap: break-word;
  text-rendering: optimizeLegibility;
  font-kerning: normal;
}
.article-header {
  margin: 1.5em 0 1.5em 0;
  -webkit-hyphens: manual;
  -epub-hyphens: manual;
  hyphens: manual;
}
.kicker {
  margin: 0 0 0.4em 0;
  font-family: "Source Sans Pro", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
  font-size: 0.8em;
  font-weight: bold;
  letter-spacing: 0.08em;
  text-transform: uppercase;
  color: #9b1c1c;
}
h1, h2, h3, h4, h5, h6 {
  font-family: "Source Sans Pro", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
  line-height: 1.2;
  page-break-after: avoid;
  break-after: avoid;
  -webkit-hyphens: manual;
  -epub-hyphens: manual;
  hyphens: manual;
}
h1 {
  margin: 0 0 0.4em 0;
  font-size: 1.9em;
}
h2 {
  margin: 1.6em 0 0.5em 0;
  font-size: 1.3em;
}
h3, h4, h5, h6 {
  margin: 1.4em 0 0.4em 0;
  font-size: 1.1em;
}
.subtitle {
  margin: 0 0 0.8em 0;
  font-size: 1.2em;
  line-height: 1.35;
  color: #444;
}
.byline, .dateline {
  margin: 0;
  font-family: "Source Sans Pro", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
  font-size: 0.85em;
  color: #555;
}
.byline {
  font-weight: bold;
}
p {
  margin: 0 0 0.9em 0;
}
p.lead {
  margin: 0 0 1.2em 0;
  font-size: 1.12em;
  font-weight: bold;
  line-height: 1.45;
}
figure {
  margin: 1.5em 0;
  page-break-inside: avoid;
  break-inside: avoid;
}
figure img {
  display: block;
  max-width: 100%;
  height: auto;
  margin: 0 auto;
}
figure.no-image {
  padding-left: 0.8em;
  border-left: 3px solid #ccc;
}
figcaption {
  margin-top: 0.5em;
  font-family: "Source Sans Pro", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
  font-size: 0.85em;
  line-height: 1.35;
  color: #333;
  -webkit-hyphens: manual;
  -epub-hyphens: manual;
  hyphens: manual;
}
figcaption p {
  margin: 0;
}
.credit {
  margin-top: 0.2em;
  font-size: 0.82em;
  letter-spacing: 0.02em;
  color: #666;
}
figure.quote {
  margin: 1.5em 1.5em;
}
blockquote {
  margin: 0;
  padding-left: 1em;
  border-left: 3px solid #9b1c1c;
  font-style: italic;
  font-size: 1.05em;
}
blockquote p {
  margin: 0;
}
figcaption.attribution {
  margin-top: 0.4em;
  padding-left: 1.2em;
  font-size: 0.9em;
}
ul, ol {
  margin: 0 0 0.9em 0;
  padding-left: 1.5em;
}
li {
  margin-bottom: 0.3em;
}
.note {
  margin: 1.2em 0;
  padding: 0.6em 0.8em;
  border: 1px solid #ddd;
  background-color: #f6f6f3;
  font-size: 0.9em;
}
.note p {
  margin: 0;
}
hr {
  width: 30%;
  margin: 2em auto;
  border: none;
  border-top: 1px solid #999;
}
code {
  font-family: "DejaVu Sans Mono", Menlo, Consolas, monospace;
  font-size: 0.9em;
}
a {
  color: #1d4f91;
}
.authors {
  margin-top: 2.5em;
  padding-top: 0.8em;
  border-top: 1px solid #bbb;
  font-size: 0.92em;
}
.authors h2 {
  margin-top: 0;
  font-size: 1.1em;
}
.author-name {
  margin-bottom: 0.2em;
  font-weight: bold;
}
.source {
  margin-top: 2em;
  font-family: "Source Sans Pro", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
  font-size: 0.8em;
  color: #666;
}
.source p {
  margin: 0 0 0.3em 0;
}
)css";
}

std::string_view page_stylesheet() {
    return R"css(/* folio: standalone page */
body {
  padding: 1em 1.25em 3em 1.25em;
  font-size: 1.125em;
  color: #1a1a1a;
  background-color: #fdfdfb;
}
@media (prefers-color-scheme: dark) {
  body { color: #e6e6e6; background-color: #181818; }
  .subtitle, figcaption, .byline, .dateline { color: #c8c8c8; }
  .credit, .source { color: #a8a8a8; }
  .kicker { color: #f08080; }
  a { color: #8ab4f8; }
  .note { background-color: #242424; border-color: #444; }
}
@media print {
  body { font-size: 11pt; background-color: transparent; }
  .article { max-width: none; }
}
)css";
}

std::string_view collection_stylesheet() {
    return R"css(/* folio: a collection */
.book, .contents {
  max-width: 36em;
  margin: 0 auto;
}
.book h1 {
  font-family: "Source Sans Pro", "Helvetica Neue", Arial, "DejaVu Sans", sans-serif;
  font-size: 2em;
  line-height: 1.2;
  margin: 1em 0 0.4em 0;
}
.contents ol {
  padding-left: 1.6em;
}
.contents li {
  margin: 0.35em 0;
}
.contents .toc-authors {
  font-size: 0.9em;
  color: #555;
}
.contents ~ .article {
  margin-top: 3em;
  break-before: page;
}
)css";
}

}  // namespace folio
