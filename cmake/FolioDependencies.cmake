# Finds the Debian packages folio builds against (names measured in shared/notes/platform.md, section 5).
# Libraries that libfolio.a links go in FolioLinkDependencies.cmake: the installed package finds them too.
include(${CMAKE_CURRENT_LIST_DIR}/FolioLinkDependencies.cmake)
find_package(CLI11 2.1 REQUIRED CONFIG)
# libexttextcat: its fingerprints are compiled into folio (FolioFingerprints.cmake); the library itself is
# only the tests' reference for the classifier.
pkg_check_modules(EXTTEXTCAT REQUIRED IMPORTED_TARGET libexttextcat)
