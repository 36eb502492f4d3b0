# The man page (help2man over the program's own --help and --version) and the bash and zsh completion
# scripts (the program's --completion), made at build time from the built folio and installed.
find_program(HELP2MAN help2man)
set(folio_completion_bash ${PROJECT_BINARY_DIR}/completions/folio)
set(folio_completion_zsh ${PROJECT_BINARY_DIR}/completions/_folio)
add_custom_command(OUTPUT ${folio_completion_bash} ${folio_completion_zsh}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/completions
  COMMAND $<TARGET_FILE:folio-cli> --completion bash > ${folio_completion_bash}
  COMMAND $<TARGET_FILE:folio-cli> --completion zsh > ${folio_completion_zsh}
  DEPENDS folio-cli
  COMMENT "Writing the bash and zsh completions of folio")
set(folio_docs ${folio_completion_bash} ${folio_completion_zsh})
if(HELP2MAN)
  set(folio_man ${PROJECT_BINARY_DIR}/man/folio.1)
  add_custom_command(OUTPUT ${folio_man}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${PROJECT_BINARY_DIR}/man
    COMMAND ${HELP2MAN} --no-info --section=1 --source=folio
      "--name=convert news articles into EPUB, PDF, DocBook, HTML, text and JSON"
      --output=${folio_man} $<TARGET_FILE:folio-cli>
    DEPENDS folio-cli
    COMMENT "Writing the folio man page with help2man")
  list(APPEND folio_docs ${folio_man})
  install(FILES ${folio_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(WARNING "help2man not found: no man page (tools/install-deps.sh installs it)")
endif()
add_custom_target(folio-docs ALL DEPENDS ${folio_docs})
install(FILES ${folio_completion_bash} DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${folio_completion_zsh} DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
