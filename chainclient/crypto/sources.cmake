# Files of chainclient/crypto; paths relative to this file.
target_sources(subnetscope_chainclient PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Hashes.h ${CMAKE_CURRENT_LIST_DIR}/Hashes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SecretBuffer.h ${CMAKE_CURRENT_LIST_DIR}/SecretBuffer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Ed25519Key.h ${CMAKE_CURRENT_LIST_DIR}/Ed25519Key.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Ss58.h ${CMAKE_CURRENT_LIST_DIR}/Ss58.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Mnemonic.h ${CMAKE_CURRENT_LIST_DIR}/Mnemonic.cpp
  ${CMAKE_CURRENT_LIST_DIR}/KeyDerivation.h ${CMAKE_CURRENT_LIST_DIR}/KeyDerivation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Keyfile.h ${CMAKE_CURRENT_LIST_DIR}/Keyfile.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WalletStore.h ${CMAKE_CURRENT_LIST_DIR}/WalletStore.cpp
)
# The BIP39 English word list (from Debian's python3-mnemonic), read as :/bip39/english.txt.
qt_add_resources(subnetscope_chainclient bip39
  PREFIX /bip39
  BASE ${CMAKE_CURRENT_LIST_DIR}/../../resources/bip39
  FILES ${CMAKE_CURRENT_LIST_DIR}/../../resources/bip39/english.txt)
