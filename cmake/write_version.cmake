# Writes OUTPUT, a header defining CE_VERSION: the project version, plus "+g<commit>" when the
# source is a git checkout, plus ".dirty" when tracked files differ from that commit (SemVer build
# metadata, e.g. "1.0.0+g57a6fb4"). Run at build time (cmake -P), not at configure time, so a new
# commit is never built under an old version; the file is rewritten only when the text changes.
# Inputs: -D SOURCE_DIR=... -D VERSION=... -D OUTPUT=...
set(version "${VERSION}")
find_package(Git QUIET)
if(GIT_FOUND AND EXISTS "${SOURCE_DIR}/.git")
  execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SOURCE_DIR}" rev-parse --short=7 HEAD
                  OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE commit_status ERROR_QUIET)
  if(commit_status EQUAL 0 AND commit MATCHES "^[0-9a-f]+$")
    string(APPEND version "+g${commit}")
    execute_process(COMMAND "${GIT_EXECUTABLE}" -C "${SOURCE_DIR}" status --porcelain --untracked-files=no
                    OUTPUT_VARIABLE changes RESULT_VARIABLE status_status ERROR_QUIET)
    if(status_status EQUAL 0 AND NOT changes STREQUAL "")
      string(APPEND version ".dirty")
    endif()
  endif()
endif()
set(text "// Written by cmake/write_version.cmake at build time.\n#define CE_VERSION \"${version}\"\n")
if(EXISTS "${OUTPUT}")
  file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL text)
  file(WRITE "${OUTPUT}" "${text}")
endif()
