# Files of chainclient/subtensor; paths relative to this file.
target_sources(subnetscope_chainclient PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Int128.h ${CMAKE_CURRENT_LIST_DIR}/Int128.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FixedPoint.h
  ${CMAKE_CURRENT_LIST_DIR}/Hex.h ${CMAKE_CURRENT_LIST_DIR}/Hex.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FeeQuery.h ${CMAKE_CURRENT_LIST_DIR}/FeeQuery.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ScaleReader.h ${CMAKE_CURRENT_LIST_DIR}/ScaleReader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ScaleWriter.h ${CMAKE_CURRENT_LIST_DIR}/ScaleWriter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PortableRegistry.h ${CMAKE_CURRENT_LIST_DIR}/PortableRegistry.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Metadata.h ${CMAKE_CURRENT_LIST_DIR}/Metadata.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ScaleValue.h ${CMAKE_CURRENT_LIST_DIR}/ScaleValue.cpp
  ${CMAKE_CURRENT_LIST_DIR}/DynamicDecoder.h ${CMAKE_CURRENT_LIST_DIR}/DynamicDecoder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SubtensorTypes.h ${CMAKE_CURRENT_LIST_DIR}/Metagraph.h
  ${CMAKE_CURRENT_LIST_DIR}/ValueMapper.h ${CMAKE_CURRENT_LIST_DIR}/TypedEncoder.h
  ${CMAKE_CURRENT_LIST_DIR}/RuntimeDecoder.h ${CMAKE_CURRENT_LIST_DIR}/RuntimeDecoder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StorageKey.h ${CMAKE_CURRENT_LIST_DIR}/StorageKey.cpp
)
# Signed extrinsics and the calls a wallet signs (wallet helper).
target_sources(subnetscope_chainclient PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ExtrinsicCall.h ${CMAKE_CURRENT_LIST_DIR}/ExtrinsicCall.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Extrinsic.h ${CMAKE_CURRENT_LIST_DIR}/Extrinsic.cpp
)
# JSON-RPC transport and the subtensor NodeClient (rpc helper).
target_sources(subnetscope_chainclient PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/RpcMessage.h ${CMAKE_CURRENT_LIST_DIR}/RpcMessage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/RpcClient.h ${CMAKE_CURRENT_LIST_DIR}/RpcClient.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SubtensorNodeSnapshot.h ${CMAKE_CURRENT_LIST_DIR}/SubtensorNodeSnapshot.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SubtensorNodeWorker.h ${CMAKE_CURRENT_LIST_DIR}/SubtensorNodeWorker.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SubtensorNodeWorkerPositions.cpp ${CMAKE_CURRENT_LIST_DIR}/SubtensorNodeWorkerSubmit.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SubtensorNode.h ${CMAKE_CURRENT_LIST_DIR}/SubtensorNode.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SubtensorNodeAccount.h ${CMAKE_CURRENT_LIST_DIR}/SubtensorNodeAccount.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SubtensorEvents.h ${CMAKE_CURRENT_LIST_DIR}/SubtensorEvents.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SubtensorNodePositions.h ${CMAKE_CURRENT_LIST_DIR}/SubtensorNodePositions.cpp
)
# The runtime's own trade quotes (SwapRuntimeApi sim_swap_*).
target_sources(subnetscope_chainclient PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SwapQuery.h ${CMAKE_CURRENT_LIST_DIR}/SwapQuery.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SubtensorNodeWorkerSwap.cpp
)
