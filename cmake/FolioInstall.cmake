# Installs the library, its headers, the folio program and the CMake package (find_package(folio)).
include(CMakePackageConfigHelpers)

# The installed headers use C++20; programs linking folio::folio compile with it too.
target_compile_features(folio PUBLIC cxx_std_20)

install(TARGETS folio EXPORT folioTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
install(TARGETS folio-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
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
