# Files of chainclient/local; paths relative to this file.
target_sources(subnetscope_chainclient PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/AccountText.h ${CMAKE_CURRENT_LIST_DIR}/AccountText.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SnapshotBuilder.h ${CMAKE_CURRENT_LIST_DIR}/SnapshotBuilder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LocalNode.h ${CMAKE_CURRENT_LIST_DIR}/LocalNode.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LocalNodeWorker.h ${CMAKE_CURRENT_LIST_DIR}/LocalNodeWorker.cpp
)
# Signed-extrinsic checks and dispatch for the embedded chain (wallet helper).
target_sources(subnetscope_chainclient PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/LocalNodeExtrinsics.h ${CMAKE_CURRENT_LIST_DIR}/LocalNodeExtrinsics.cpp
)
# Scenario JSON ⇄ economics::ScenarioConfig.
target_sources(subnetscope_chainclient PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ScenarioJson.h ${CMAKE_CURRENT_LIST_DIR}/ScenarioJson.cpp
)
# Loopback JSON-RPC server for the embedded chain (rpc helper).
target_sources(subnetscope_chainclient PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/RpcServerMetadata.h ${CMAKE_CURRENT_LIST_DIR}/RpcServerMetadata.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RpcServerBlock.h ${CMAKE_CURRENT_LIST_DIR}/RpcServerBlock.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RpcServer.h ${CMAKE_CURRENT_LIST_DIR}/RpcServer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RpcServerEvents.h ${CMAKE_CURRENT_LIST_DIR}/RpcServerEvents.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RpcServerReads.cpp
)
# The embedded chain's trade quotes (LocalNode::requestSwapQuote, the loopback's sim_swap).
target_sources(subnetscope_chainclient PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/LocalSwapQuote.h ${CMAKE_CURRENT_LIST_DIR}/LocalSwapQuote.cpp
)
