# Files of models/; paths relative to this file.
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/store/Database.h ${CMAKE_CURRENT_LIST_DIR}/store/Database.cpp
  ${CMAKE_CURRENT_LIST_DIR}/store/Migrations.h ${CMAKE_CURRENT_LIST_DIR}/store/Migrations.cpp
  ${CMAKE_CURRENT_LIST_DIR}/store/ReadConnection.h ${CMAKE_CURRENT_LIST_DIR}/store/ReadConnection.cpp
  ${CMAKE_CURRENT_LIST_DIR}/store/StoreQueries.h ${CMAKE_CURRENT_LIST_DIR}/store/StoreQueries.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync/StoreWriter.h ${CMAKE_CURRENT_LIST_DIR}/sync/StoreWriter.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync/SyncService.h ${CMAKE_CURRENT_LIST_DIR}/sync/SyncService.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Format.h ${CMAKE_CURRENT_LIST_DIR}/Format.cpp
  ${CMAKE_CURRENT_LIST_DIR}/AmountParser.h ${CMAKE_CURRENT_LIST_DIR}/AmountParser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/QuoteService.h ${CMAKE_CURRENT_LIST_DIR}/QuoteService.cpp
  ${CMAKE_CURRENT_LIST_DIR}/Downsample.h ${CMAKE_CURRENT_LIST_DIR}/Downsample.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SubnetListModel.h ${CMAKE_CURRENT_LIST_DIR}/SubnetListModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PriceHistory.h ${CMAKE_CURRENT_LIST_DIR}/PriceHistory.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PriceHistoryLoader.h ${CMAKE_CURRENT_LIST_DIR}/PriceHistoryLoader.cpp
  ${CMAKE_CURRENT_LIST_DIR}/LatestOnlyTask.h
)
# Explorer (issue 5).
include(${CMAKE_CURRENT_LIST_DIR}/explorer/sources.cmake)
# Store and sync internals (issue 4).
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/store/SqlStatement.h ${CMAKE_CURRENT_LIST_DIR}/store/SqlStatement.cpp
  ${CMAKE_CURRENT_LIST_DIR}/store/Retention.h ${CMAKE_CURRENT_LIST_DIR}/store/Retention.cpp
  ${CMAKE_CURRENT_LIST_DIR}/store/CandleAggregator.h ${CMAKE_CURRENT_LIST_DIR}/store/CandleAggregator.cpp
  ${CMAKE_CURRENT_LIST_DIR}/store/MarketQueries.h ${CMAKE_CURRENT_LIST_DIR}/store/MarketQueries.cpp
  ${CMAKE_CURRENT_LIST_DIR}/sync/BlockWriter.h ${CMAKE_CURRENT_LIST_DIR}/sync/BlockWriter.cpp
)
# Wallet: previews, signing and submission of staking calls (wallet helper).
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/NodeRefusal.h ${CMAKE_CURRENT_LIST_DIR}/NodeRefusal.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WalletService.h ${CMAKE_CURRENT_LIST_DIR}/WalletService.cpp
)
# Wallet manager, portfolio and history (portfolio helper).
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/WalletManager.h ${CMAKE_CURRENT_LIST_DIR}/WalletManager.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PortfolioModel.h ${CMAKE_CURRENT_LIST_DIR}/PortfolioModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HistoryModel.h ${CMAKE_CURRENT_LIST_DIR}/HistoryModel.cpp
  ${CMAKE_CURRENT_LIST_DIR}/CsvHistory.h ${CMAKE_CURRENT_LIST_DIR}/CsvHistory.cpp
)
# Network profiles: --network and the app's network switcher (network helper).
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/NetworkProfile.h ${CMAKE_CURRENT_LIST_DIR}/NetworkProfile.cpp
)
# Wallet previews from the node's own quote on a real network (sim_swap).
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/WalletServiceQuote.cpp
)
