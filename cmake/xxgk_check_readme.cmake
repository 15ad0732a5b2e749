# cmake -DGENERATOR=<rule_catalogue binary> -DREADME=<README.md> -P xxgk_check_readme.cmake
# The README's catalogue of rule ids, between <!-- catalogue:begin --> and <!-- catalogue:end -->,
# must be exactly what examples/rule_catalogue.cpp prints from <xxgk/rule.hpp>.
execute_process(COMMAND "${GENERATOR}" OUTPUT_VARIABLE generated RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "rule_catalogue failed: ${status}")
endif()
file(READ "${README}" readme)
string(FIND "${readme}" "<!-- catalogue:begin -->\n" begin)
string(FIND "${readme}" "<!-- catalogue:end -->" end)
if(begin EQUAL -1 OR end EQUAL -1)
  message(FATAL_ERROR "README.md has no <!-- catalogue:begin --> / <!-- catalogue:end --> markers")
endif()
math(EXPR begin "${begin} + 25")
math(EXPR length "${end} - ${begin}")
string(SUBSTRING "${readme}" ${begin} ${length} documented)
if(NOT documented STREQUAL generated)
  message(FATAL_ERROR "README.md's catalogue differs from the rule catalogue: "
                      "run the rule_catalogue example and paste its output between the markers")
endif()
message(STATUS "README.md's catalogue matches <xxgk/rule.hpp>")
