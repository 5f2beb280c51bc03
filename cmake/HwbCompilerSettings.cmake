# Strict Qt: no implicit conversions from char*, no connects without a context object.
add_compile_definitions(
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_UP_TO=0x060000
)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_compile_options(-Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
endif()

option(HWB_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(HWB_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# hwb_add_test(NAME tst_x SOURCES a.cpp LABELS unit [LIBRARIES ...])
# Test binaries are built with the project, as elf-dissector does, so a broken test breaks the build.
function(hwb_add_test)
    cmake_parse_arguments(arg "" "NAME;TIMEOUT" "SOURCES;LABELS;LIBRARIES" ${ARGN})
    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE hwbnet Qt6::Test ${arg_LIBRARIES})
    target_include_directories(${arg_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    set_target_properties(${arg_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties(${arg_NAME} PROPERTIES
        LABELS "${arg_LABELS}"
        TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;HWB_BUILD_SERVER=0;HWB_SOURCE_DIR=${PROJECT_SOURCE_DIR};HWB_BINARY_DIR=${CMAKE_BINARY_DIR};NO_COLOR=1;HWB_DATA_DIR=${CMAKE_BINARY_DIR}/test-state/${arg_NAME};HWB_GATEWAY_NAMESPACE=test"
        # Each test's saved state (templates, run history, profiles) is its own and starts empty: under `ctest -j`
        # a template another test saved changed the height of the Requests page in a layout check.
        FIXTURES_REQUIRED hwb_test_state)
    # HWB_BUILD_SERVER=0: each `hwb build` of a test runs in its own hwb-cli, as it did before the build server;
    # a server would outlive ctest by its idle time. tst_buildserver turns it on, in a runtime folder of its own.
    # HWB_GATEWAY_NAMESPACE: the containers the suite starts carry a label and name of their own, so it never
    # sees, replaces or removes a developer's gateway (GatewayContainers).
    # Tests on the one Docker daemon run one at a time: concurrent containers, builds and the bridge-bound
    # mock upstreams made each other's timing-sensitive checks flaky under `ctest -j`.
    if("docker" IN_LIST arg_LABELS)
        set_tests_properties(${arg_NAME} PROPERTIES RESOURCE_LOCK docker)
    endif()
endfunction()
