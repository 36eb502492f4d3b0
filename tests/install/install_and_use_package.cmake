# Test script: cmake --install into a scratch prefix, then configure, build and run tests/install/consumer
# against that prefix alone. Fails with the step's output when any step fails.
file(REMOVE_RECURSE "${WORK_DIR}")
set(prefix "${WORK_DIR}/prefix")

function(run_step name)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${name} failed (${status}):\n${output}")
  endif()
  message(STATUS "${name}: ok")
  set(step_output "${output}" PARENT_SCOPE)
endfunction()

run_step("install" ${CMAKE_COMMAND} --install "${FOLIO_BUILD_DIR}" --prefix "${prefix}")
foreach(installed include/folio/folio.hpp include/folio/converters/convert.hpp bin/folio share/man/man1/folio.1
    share/bash-completion/completions/folio share/zsh/vendor-completions/_folio)
  if(NOT EXISTS "${prefix}/${installed}")
    message(FATAL_ERROR "not installed: ${installed}")
  endif()
endforeach()
file(GLOB_RECURSE config_files "${prefix}/*/folioConfig.cmake")
file(GLOB_RECURSE libraries "${prefix}/*/libfolio.a")
if(NOT config_files OR NOT libraries)
  message(FATAL_ERROR "not installed: folioConfig.cmake or libfolio.a")
endif()

run_step("installed folio --version" "${prefix}/bin/folio" --version)
if(NOT step_output STREQUAL "folio ${FOLIO_VERSION}\n")
  message(FATAL_ERROR "installed folio --version printed '${step_output}'")
endif()

# The installed program finds its PDF writer and its EPUB zip container, modules installed apart from it.
run_step("installed folio writes a PDF" "${prefix}/bin/folio" "${SEED_ARTICLE}" -o "${WORK_DIR}/seed.pdf")
file(READ "${WORK_DIR}/seed.pdf" pdf_start LIMIT 5 HEX)
if(NOT pdf_start STREQUAL "255044462d")  # "%PDF-"
  message(FATAL_ERROR "installed folio wrote no PDF")
endif()
run_step("installed folio writes an EPUB" "${prefix}/bin/folio" "${SEED_ARTICLE}" -o "${WORK_DIR}/seed.epub")
file(READ "${WORK_DIR}/seed.epub" epub_start OFFSET 30 LIMIT 28 HEX)
if(NOT epub_start STREQUAL "6d696d65747970656170706c69636174696f6e2f657075622b7a6970")  # "mimetypeapplication/epub+zip"
  message(FATAL_ERROR "installed folio wrote no EPUB")
endif()

run_step("configure consumer" ${CMAKE_COMMAND} -S "${CONSUMER_SOURCE_DIR}" -B "${WORK_DIR}/build"
  "-DCMAKE_PREFIX_PATH=${prefix}" -DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF
  "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_CXX_FLAGS=${CONSUMER_FLAGS}"
  "-DCMAKE_EXE_LINKER_FLAGS=${CONSUMER_FLAGS}")
run_step("build consumer" ${CMAKE_COMMAND} --build "${WORK_DIR}/build")
run_step("run consumer" "${WORK_DIR}/build/folio_consumer")
message(STATUS "${step_output}")

# A Makefile-style consumer: the same program compiled with the flags pkg-config gives for folio.pc.
file(GLOB_RECURSE pc_files "${prefix}/*/folio.pc")
if(NOT pc_files)
  message(FATAL_ERROR "not installed: folio.pc")
endif()
get_filename_component(pc_dir "${pc_files}" DIRECTORY)
set(ENV{PKG_CONFIG_PATH} "${pc_dir}")
run_step("pkg-config folio" pkg-config --cflags --libs --static folio)
string(STRIP "${step_output}" pkg_flags)
separate_arguments(pkg_flags UNIX_COMMAND "${pkg_flags}")
separate_arguments(consumer_flags UNIX_COMMAND "${CONSUMER_FLAGS}")
run_step("compile consumer with pkg-config" "${CXX_COMPILER}" ${consumer_flags} "${CONSUMER_SOURCE_DIR}/main.cpp"
  -o "${WORK_DIR}/folio_pkg_consumer" ${pkg_flags})
run_step("run pkg-config consumer" "${WORK_DIR}/folio_pkg_consumer")
