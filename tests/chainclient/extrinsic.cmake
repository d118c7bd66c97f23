# Tests of signed extrinsics (chainclient/subtensor/Extrinsic*) and the LocalNode that accepts them.
subnetscope_test(tst_extrinsic
  SOURCES ${CMAKE_CURRENT_LIST_DIR}/extrinsic/tst_extrinsic.cpp
  LIBS subnetscope_chainclient)
