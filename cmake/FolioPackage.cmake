# A Debian package of the program, man page, completions, library and headers: cpack -G DEB in the build
# folder makes folio_VERSION_ARCH.deb, its dependencies found by dpkg-shlibdeps.
set(CPACK_PACKAGE_NAME folio)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "convert news articles into EPUB, PDF, DocBook, HTML, text and JSON")
set(CPACK_PACKAGE_CONTACT "folio developers <folio@localhost>")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
# Data folio reads at run time: hyphenation patterns, fonts for PDFs (the language fingerprints are built in).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
  "hyphen-de, hyphen-en-us, hyphen-fr, fonts-liberation2, fonts-dejavu-core, fonts-nanum")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
include(CPack)
