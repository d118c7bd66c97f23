# Files of chainclient/crypto; paths relative to this file.
target_sources(subnetscope_chainclient PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Hashes.h ${CMAKE_CURRENT_LIST_DIR}/Hashes.cpp
)
