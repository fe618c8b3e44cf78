# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when the German translation misses a string of the current sources: lupdate is run on
# a copy of the .ts file, so the committed file is never touched by a test run.
# Expects LUPDATE, TS_FILE, WORK_DIR and SOURCES (a ;-separated list).
file(MAKE_DIRECTORY ${WORK_DIR})
get_filename_component(name ${TS_FILE} NAME)
set(copy ${WORK_DIR}/${name})
file(COPY_FILE ${TS_FILE} ${copy})
execute_process(
    COMMAND ${LUPDATE} -no-obsolete -locations none ${SOURCES} -ts ${copy}
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
file(READ ${copy} ts)
string(REGEX MATCHALL "<message[ >]" messages "${ts}")
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
list(LENGTH messages message_count)
list(LENGTH unfinished unfinished_count)
if(message_count EQUAL 0)
    message(FATAL_ERROR "${name}: lupdate found no strings at all")
endif()
if(NOT unfinished_count EQUAL 0)
    string(REGEX MATCHALL "<source>[^<]*</source>\n[ ]*<translation type=\"unfinished\"" missing "${ts}")
    string(REPLACE ";" "\n" missing "${missing}")
    message(FATAL_ERROR "${name}: ${unfinished_count} of ${message_count} strings are not translated:\n${missing}")
endif()
message(STATUS "${name}: all ${message_count} strings translated")
