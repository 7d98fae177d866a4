# Proves that the check every doctest entry carries (CE_DOCTEST_ZERO_CASES, tests/CMakeLists.txt)
# tells an entry that ran nothing from one that ran a case: a filter that matches no test case
# must match the check's pattern, and a filter that matches a real case must not. Run by CTest as
#   cmake -DUNIT_TESTS=<unit_tests> -DPATTERN=<regex> -DREAL_CASE=<name> -P zero_cases_guard.cmake
# It prints its own verdict, not doctest's summaries (which would read as entries of their own).
execute_process(COMMAND "${UNIT_TESTS}" "--test-case=no test case is called this"
                OUTPUT_VARIABLE none ERROR_VARIABLE none_err RESULT_VARIABLE none_status)
execute_process(COMMAND "${UNIT_TESTS}" "--test-case=${REAL_CASE}"
                OUTPUT_VARIABLE real ERROR_VARIABLE real_err RESULT_VARIABLE real_status)
if(NOT none MATCHES "${PATTERN}")
  message(FATAL_ERROR "the zero-case check does not recognise an entry that ran nothing")
endif()
if(real MATCHES "${PATTERN}" OR NOT real_status EQUAL 0 OR NOT real MATCHES "test cases: +1 [|] +1 passed")
  message(FATAL_ERROR "the zero-case check does not let a real case (${REAL_CASE}) pass")
endif()
message(STATUS "zero-case guard: an empty filter is caught, a real case passes")
