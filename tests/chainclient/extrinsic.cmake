# Tests of signed extrinsics (chainclient/subtensor/Extrinsic*) and the LocalNode that accepts them.
subnetscope_test(tst_extrinsic
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/extrinsic/tst_extrinsic.cpp
  LIBS subnetscope_chainclient)
subnetscope_test(tst_local_extrinsics
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/extrinsic/tst_local_extrinsics.cpp
  LIBS subnetscope_chainclient)
