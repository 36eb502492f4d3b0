// Everything a program needs to use folio as a library: the model, the format table, the converter.
#pragma once

#include "converters/format_table.hpp"
#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/metadata.hpp"
#include "formats/options.hpp"
