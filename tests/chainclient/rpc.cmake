# Tests of the JSON-RPC transport, SubtensorNode and the loopback server (rpc helper).
subnetscope_test(tst_rpc_client SOURCES ${CMAKE_CURRENT_LIST_DIR}/rpc/tst_rpc_client.cpp
  LIBS subnetscope_chainclient Qt6::WebSockets)
subnetscope_test(tst_rpc_loopback SOURCES ${CMAKE_CURRENT_LIST_DIR}/rpc/tst_rpc_loopback.cpp
  LIBS subnetscope_chainclient Qt6::WebSockets TIMEOUT 300)
subnetscope_test(tst_rpc_sync_store SOURCES ${CMAKE_CURRENT_LIST_DIR}/rpc/tst_rpc_sync_store.cpp
  LIBS subnetscope_models subnetscope_chainclient Qt6::Sql Qt6::WebSockets TIMEOUT 600)
# Black-box CLI: node --rpc, then sync and subnets against it.
subnetscope_test(tst_rpc_cli SOURCES ${CMAKE_CURRENT_LIST_DIR}/rpc/tst_rpc_cli.cpp LIBS Qt6::Core Qt6::Network TIMEOUT 300)
target_compile_definitions(tst_rpc_cli PRIVATE SUBNETSCOPE_CLI_PATH="$<TARGET_FILE:subnetscope-cli>")
add_dependencies(tst_rpc_cli subnetscope-cli)
subnetscope_test(tst_rpc_finney_shapes SOURCES ${CMAKE_CURRENT_LIST_DIR}/rpc/tst_rpc_finney_shapes.cpp
  LIBS subnetscope_chainclient)
# An empty store on a pruned node starts near the head; a store with blocks refuses gaps.
subnetscope_test(tst_rpc_pruned_start SOURCES ${CMAKE_CURRENT_LIST_DIR}/rpc/tst_rpc_pruned_start.cpp
  LIBS subnetscope_models subnetscope_chainclient Qt6::Sql Qt6::WebSockets TIMEOUT 300)
# SubtensorNode::requestSwapQuote over the loopback's sim_swap equals LocalNode's own quote.
subnetscope_test(tst_rpc_swap_quote SOURCES ${CMAKE_CURRENT_LIST_DIR}/rpc/tst_rpc_swap_quote.cpp
  LIBS subnetscope_chainclient Qt6::WebSockets TIMEOUT 300)
