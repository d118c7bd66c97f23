# Files of chainclient/economics; paths relative to this file. Helpers append their own
# target_sources() blocks below so parallel edits do not collide.
target_sources(subnetscope_economics PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Money.h ${CMAKE_CURRENT_LIST_DIR}/Money.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Result.h ${CMAKE_CURRENT_LIST_DIR}/Result.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Issuance.h ${CMAKE_CURRENT_LIST_DIR}/Issuance.cpp
)
target_sources(subnetscope_economics PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Types.h ${CMAKE_CURRENT_LIST_DIR}/Types.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Rng.h ${CMAKE_CURRENT_LIST_DIR}/Rng.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Pool.h ${CMAKE_CURRENT_LIST_DIR}/Pool.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Subnet.h ${CMAKE_CURRENT_LIST_DIR}/ChainEvents.h
  ${CMAKE_CURRENT_LIST_DIR}/Chain.h ${CMAKE_CURRENT_LIST_DIR}/Chain.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ChainStaking.cpp ${CMAKE_CURRENT_LIST_DIR}/ChainEpoch.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ChainRegistration.cpp ${CMAKE_CURRENT_LIST_DIR}/ChainDelegates.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ChainCodec.h ${CMAKE_CURRENT_LIST_DIR}/ChainCodec.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Scenario.h
  ${CMAKE_CURRENT_LIST_DIR}/Simulation.h ${CMAKE_CURRENT_LIST_DIR}/Simulation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SimulationAgents.cpp
)
# Yuma consensus, registration rules (pure functions the Chain calls).
target_sources(subnetscope_economics PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Yuma.h ${CMAKE_CURRENT_LIST_DIR}/Yuma.cpp
  ${CMAKE_CURRENT_LIST_DIR}/YumaInternal.h ${CMAKE_CURRENT_LIST_DIR}/YumaSparse.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Registration.h ${CMAKE_CURRENT_LIST_DIR}/Registration.cpp
)
