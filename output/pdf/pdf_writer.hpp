// PDF writer: a typeset article (embedded subset fonts, justified hyphenated text, figure, bios, outline).
#pragma once

#include <string>

#include "formats/collection.hpp"
#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/options.hpp"

namespace folio {

// The PDF's bytes. Pure apart from reading the installed fonts and hyphenation dictionaries, which are
// loaded once per process and shared. On a machine with more than one core, one helper thread of the call
// deflates the PDF's streams while it is typeset and painted. Throws folio::Error when no usable font is
// installed, a font file in options is not TrueType, or the paper size is unknown.
std::string write_pdf(const Document& doc, const WriteOptions& options, Diagnostics& diagnostics);

// A collection as one PDF: front matter with the book's title and its contents (each article's title,
// authors and first page), then each article from a new page with its own running head; the outline has
// the book, each article below it and the article's headings below that; tagged, each article an Art.
std::string write_pdf_collection(const Collection& book, const WriteOptions& options,
                                 Diagnostics& diagnostics);

}  // namespace folio
