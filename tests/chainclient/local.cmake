# Tests of chainclient/local.
subnetscope_test(tst_local_scenario_json SOURCES local/tst_scenario_json.cpp LIBS subnetscope_chainclient)
subnetscope_test(tst_local_node SOURCES local/tst_local_node.cpp LIBS subnetscope_chainclient)
subnetscope_test(tst_local_delegates SOURCES local/tst_local_delegates.cpp LIBS subnetscope_chainclient)
