# libexttextcat's language fingerprints compiled into libfolio.a at build time: a build tool reads
# Debian's libexttextcat-data (fpdb.conf and the .lm files) and writes them as C++ arrays.
pkg_get_variable(FOLIO_TEXTCAT_DATA libexttextcat pkgdatadir)
if(NOT FOLIO_TEXTCAT_DATA OR NOT EXISTS "${FOLIO_TEXTCAT_DATA}/fpdb.conf")
  set(FOLIO_TEXTCAT_DATA /usr/share/libexttextcat)
endif()
if(NOT EXISTS "${FOLIO_TEXTCAT_DATA}/fpdb.conf")
  message(FATAL_ERROR "libexttextcat's fingerprints are missing (${FOLIO_TEXTCAT_DATA}/fpdb.conf): install libexttextcat-data")
endif()

add_executable(folio-compile-fingerprints tools/codegen/compile_fingerprints.cpp)
target_include_directories(folio-compile-fingerprints PRIVATE ${PROJECT_SOURCE_DIR})
file(GLOB folio_fingerprint_files CONFIGURE_DEPENDS "${FOLIO_TEXTCAT_DATA}/*.lm")
set(folio_fingerprint_source "${PROJECT_BINARY_DIR}/generated/fingerprint_data.cpp")
add_custom_command(OUTPUT ${folio_fingerprint_source}
  COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/generated"
  COMMAND folio-compile-fingerprints "${FOLIO_TEXTCAT_DATA}/fpdb.conf" "${FOLIO_TEXTCAT_DATA}/"
          ${folio_fingerprint_source}
  DEPENDS folio-compile-fingerprints "${FOLIO_TEXTCAT_DATA}/fpdb.conf" ${folio_fingerprint_files}
  COMMENT "Compiling libexttextcat's language fingerprints"
  VERBATIM)
# The fingerprints are one long string literal, longer than C++ promises compilers take (clang warns).
set_source_files_properties(${folio_fingerprint_source} PROPERTIES COMPILE_OPTIONS -Wno-overlength-strings)
target_sources(folio_objects PRIVATE ${folio_fingerprint_source})
