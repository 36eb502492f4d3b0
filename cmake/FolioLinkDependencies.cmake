# Finds the libraries libfolio.a links against. Included by the build (FolioDependencies.cmake) and by
# the installed folioConfig.cmake, so a project using find_package(folio) finds exactly the same ones.
find_package(PkgConfig REQUIRED)
find_package(ICU 72 REQUIRED COMPONENTS uc i18n)
find_package(nlohmann_json 3.11 REQUIRED CONFIG)
find_package(LibXml2 2.9 REQUIRED)
find_package(pugixml 1.11 REQUIRED CONFIG)
if(NOT TARGET PkgConfig::LIBZIP)
  pkg_check_modules(LIBZIP REQUIRED IMPORTED_TARGET libzip>=1.7)
endif()
if(NOT TARGET PkgConfig::PODOFO)
  pkg_check_modules(PODOFO REQUIRED IMPORTED_TARGET libpodofo)  # libpodofo.pc has an empty Version
endif()
if(NOT TARGET PkgConfig::HARFBUZZ)
  pkg_check_modules(HARFBUZZ REQUIRED IMPORTED_TARGET harfbuzz>=6.0)  # kerning in the PDF writer
endif()
find_package(Fontconfig REQUIRED)
find_package(Freetype REQUIRED)
find_package(ZLIB REQUIRED)
