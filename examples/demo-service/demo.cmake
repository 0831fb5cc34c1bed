# The demo service, end to end, as a test: run-demo.sh starts the payments
# stub, the service under `privguard run`, and the client, then checks that
# every real value was masked wherever it left and every synthetic one
# passed (see examples/README.md). include() this file where the privguard
# target is known; it uses python3 and bash from PATH.
add_test(NAME example_demo_service
  COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/run-demo.sh $<TARGET_FILE:privguard> ${CMAKE_CURRENT_BINARY_DIR}/demo-work)
set_tests_properties(example_demo_service PROPERTIES LABELS shim TIMEOUT 120)
