# Files of chainclient/crypto; paths relative to this file.
target_sources(subnetscope_chainclient PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Hashes.h ${CMAKE_CURRENT_LIST_DIR}/Hashes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SecretBuffer.h ${CMAKE_CURRENT_LIST_DIR}/SecretBuffer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Ed25519Key.h ${CMAKE_CURRENT_LIST_DIR}/Ed25519Key.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Ss58.h ${CMAKE_CURRENT_LIST_DIR}/Ss58.cpp
)
