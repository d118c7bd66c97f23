# Tests of chainclient/crypto (keys, addresses, mnemonics, keyfiles).
subnetscope_test(tst_crypto_hashes SOURCES crypto/tst_hashes.cpp LIBS subnetscope_chainclient)
subnetscope_test(tst_crypto_keys SOURCES crypto/tst_keys.cpp LIBS subnetscope_chainclient)
subnetscope_test(tst_crypto_mnemonic SOURCES crypto/tst_mnemonic.cpp LIBS subnetscope_chainclient)
subnetscope_test(tst_crypto_walletstore SOURCES crypto/tst_walletstore.cpp LIBS subnetscope_chainclient)
