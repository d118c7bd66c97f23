# Files of the CLI; paths relative to this file.
target_sources(subnetscope_cli_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/CliContext.h ${CMAKE_CURRENT_LIST_DIR}/CliContext.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CliApp.h ${CMAKE_CURRENT_LIST_DIR}/CliApp.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Commands.h
  ${CMAKE_CURRENT_LIST_DIR}/SimCommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/QuoteCommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EpochCommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StoreCommands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SyncCommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HistoryCommands.cpp
)
# Wallet, faucet and stake commands (wallet helper).
target_sources(subnetscope_cli_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/WalletSession.h ${CMAKE_CURRENT_LIST_DIR}/WalletSession.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WalletCommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/FaucetCommand.cpp
  ${CMAKE_CURRENT_LIST_DIR}/StakeCommand.cpp
)
# `node --rpc` loopback server and sync from a subtensor node (rpc helper).
target_sources(subnetscope_cli_lib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/NodeCommand.cpp
)
