// CSS of the book: article rules shared with the HTML page, then cover, title page and contents.
#include "output/epub/book_stylesheet.hpp"

#include "output/html/stylesheet.hpp"
#include "output/html/table_markup.hpp"

namespace folio {

namespace {

constexpr std::string_view book_rules = R"css(/* folio: cover, title page, contents */
body.cover-page {
  margin: 0;
  padding: 0;
  text-align: center;
}
.cover-page img {
  max-width: 100%;
  max-height: 100vh;
  height: auto;
}
.titlepage {
  margin-top: 3em;
  text-align: center;
  -webkit-hyphens: manual;
  -epub-hyphens: manual;
  hyphens: manual;
}
.titlepage h1 {
  margin: 0.3em 0 0.5em 0;
  font-size: 2em;
}
.titlepage .authors-line {
  margin-top: 2em;
  font-size: 1.1em;
  font-variant: small-caps;
}
.titlepage .publisher {
  margin-top: 3em;
  font-size: 0.9em;
}
.titlepage .source-address, .titlepage .rights {
  font-size: 0.75em;
  color: #666;
  overflow-wrap: break-word;
}
nav ol {
  list-style-type: none;
  padding-left: 1em;
}
)css";

}  // namespace

std::string book_stylesheet(bool tables) {
    return std::string(article_stylesheet()) + std::string(book_rules) +
           std::string(tables ? table_stylesheet() : "");
}

}  // namespace folio
