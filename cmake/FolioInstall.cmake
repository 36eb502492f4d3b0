# Installs the library, its headers, the folio program with its PDF module and the CMake package
# (find_package(folio)).
include(CMakePackageConfigHelpers)

# The installed headers use C++20; programs linking folio::folio compile with it too.
target_compile_features(folio PUBLIC cxx_std_20)

install(TARGETS folio EXPORT folioTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(TARGETS folio-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS folio-pdf folio-zip LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}/folio)
install(FILES folio.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/folio)
install(DIRECTORY formats input output converters
  DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/folio
  FILES_MATCHING PATTERN "*.hpp")
install(EXPORT folioTargets NAMESPACE folio:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/folio)

configure_package_config_file(cmake/folioConfig.cmake.in ${PROJECT_BINARY_DIR}/folioConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/folio)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/folioConfigVersion.cmake COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/folioConfig.cmake ${PROJECT_BINARY_DIR}/folioConfigVersion.cmake
  cmake/FolioLinkDependencies.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/folio)

# pkg-config for Makefile-based programs: pkg-config --cflags --libs --static folio (the library is static).
# The prefix is found from the file's own place, so the package works wherever it is installed (/usr in
# the .deb, any --prefix).
file(RELATIVE_PATH folio_pc_up "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
configure_file(cmake/folio.pc.in ${PROJECT_BINARY_DIR}/folio.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/folio.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
