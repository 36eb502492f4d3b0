# Finds the Debian packages folio builds against (names measured in shared/notes/platform.md, section 5).
# Libraries that libfolio.a links go in FolioLinkDependencies.cmake: the installed package finds them too.
include(${CMAKE_CURRENT_LIST_DIR}/FolioLinkDependencies.cmake)
find_package(CLI11 2.1 REQUIRED CONFIG)
