// Everything a program needs to use folio as a library: the model, the format table, the converter, batches.
#pragma once

#include "converters/atomic_write.hpp"
#include "converters/batch_inputs.hpp"
#include "converters/batch_layout.hpp"
#include "converters/batch_report.hpp"
#include "converters/batch_run.hpp"
#include "converters/convert.hpp"
#include "converters/file_error.hpp"
#include "converters/file_io.hpp"
#include "converters/format_detection.hpp"
#include "converters/format_table.hpp"
#include "converters/shard.hpp"
#include "converters/version.hpp"
#include "formats/diagnostics.hpp"
#include "formats/document.hpp"
#include "formats/metadata.hpp"
#include "formats/options.hpp"
