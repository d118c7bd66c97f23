# Files of chainclient/economics; paths relative to this file. Helpers append their own
# target_sources() blocks below so parallel edits do not collide.
target_sources(subnetscope_economics PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Money.h ${CMAKE_CURRENT_LIST_DIR}/Money.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Result.h ${CMAKE_CURRENT_LIST_DIR}/Result.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Issuance.h ${CMAKE_CURRENT_LIST_DIR}/Issuance.cpp
)
