# Tests of chainclient/subtensor (included from tests/chainclient/CMakeLists.txt).
subnetscope_test(tst_scale_codec
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/subtensor/tst_scale_codec.cpp
  LIBS subnetscope_chainclient)
subnetscope_test(tst_metadata
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/subtensor/tst_metadata.cpp ${CMAKE_CURRENT_LIST_DIR}/subtensor/FixtureSupport.h
  LIBS subnetscope_chainclient)
subnetscope_test(tst_fixture_decode
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/subtensor/tst_fixture_decode.cpp
          ${CMAKE_CURRENT_LIST_DIR}/subtensor/FixtureSupport.h ${CMAKE_CURRENT_LIST_DIR}/subtensor/PeerCompare.h
  LIBS subnetscope_chainclient)
subnetscope_test(tst_storage
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/subtensor/tst_storage.cpp
          ${CMAKE_CURRENT_LIST_DIR}/subtensor/FixtureSupport.h ${CMAKE_CURRENT_LIST_DIR}/subtensor/PeerCompare.h
  LIBS subnetscope_chainclient)
subnetscope_test(tst_value_mapper
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/subtensor/tst_value_mapper.cpp ${CMAKE_CURRENT_LIST_DIR}/subtensor/FixtureSupport.h
  LIBS subnetscope_chainclient)
# Regressions for what the fuzz targets (tests/fuzz) found; fuzz helper.
subnetscope_test(tst_hostile_input
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/subtensor/tst_hostile_input.cpp
  LIBS subnetscope_chainclient)
# System.Events against the finney spec-343 metadata, and the loopback's event indexes (rpc helper).
subnetscope_test(tst_subtensor_events
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/subtensor/tst_subtensor_events.cpp ${CMAKE_CURRENT_LIST_DIR}/subtensor/FixtureSupport.h
  LIBS subnetscope_chainclient)
# TransactionPaymentApi_query_info request and RuntimeDispatchInfo decoding (finney spec 343).
subnetscope_test(tst_fee_query
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/subtensor/tst_fee_query.cpp ${CMAKE_CURRENT_LIST_DIR}/subtensor/FixtureSupport.h
  LIBS subnetscope_chainclient)
# SwapRuntimeApi sim_swap_* requests and SimSwapResult decoding (finney spec 343, loopback).
subnetscope_test(tst_swap_query
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/subtensor/tst_swap_query.cpp ${CMAKE_CURRENT_LIST_DIR}/subtensor/FixtureSupport.h
  LIBS subnetscope_chainclient)
