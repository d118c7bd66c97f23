# Files of ui/; paths relative to this file.
target_sources(subnetscope_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/MainWindow.h ${CMAKE_CURRENT_LIST_DIR}/MainWindow.cpp
  ${CMAKE_CURRENT_LIST_DIR}/SubnetsPage.h ${CMAKE_CURRENT_LIST_DIR}/SubnetsPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PriceChart.h ${CMAKE_CURRENT_LIST_DIR}/PriceChart.cpp
)
# Explorer (issue 5).
target_sources(subnetscope_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/StageBadgeDelegate.h ${CMAKE_CURRENT_LIST_DIR}/StageBadgeDelegate.cpp
)
# Wallet dialogs (wallet helper).
target_sources(subnetscope_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/StakeDialog.h ${CMAKE_CURRENT_LIST_DIR}/StakeDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ConfirmSignDialog.h ${CMAKE_CURRENT_LIST_DIR}/ConfirmSignDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WalletActions.h ${CMAKE_CURRENT_LIST_DIR}/WalletActions.cpp
)
target_sources(subnetscope_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SubnetDetailPage.h ${CMAKE_CURRENT_LIST_DIR}/SubnetDetailPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/charts/InteractiveChartView.h ${CMAKE_CURRENT_LIST_DIR}/charts/InteractiveChartView.cpp
  ${CMAKE_CURRENT_LIST_DIR}/charts/PriceCandleChart.h ${CMAKE_CURRENT_LIST_DIR}/charts/PriceCandleChart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/charts/SubnetEmissionChart.h ${CMAKE_CURRENT_LIST_DIR}/charts/SubnetEmissionChart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/charts/PoolDepthChart.h ${CMAKE_CURRENT_LIST_DIR}/charts/PoolDepthChart.cpp
  ${CMAKE_CURRENT_LIST_DIR}/charts/LifecycleLanesChart.h ${CMAKE_CURRENT_LIST_DIR}/charts/LifecycleLanesChart.cpp
)
target_sources(subnetscope_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/NetworkPage.h ${CMAKE_CURRENT_LIST_DIR}/NetworkPage.cpp
)
target_sources(subnetscope_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ExplorerPages.h ${CMAKE_CURRENT_LIST_DIR}/ExplorerPages.cpp
)
target_sources(subnetscope_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ValidatorsPage.h ${CMAKE_CURRENT_LIST_DIR}/ValidatorsPage.cpp
)
# Wallet manager, Portfolio and History pages (portfolio helper).
target_sources(subnetscope_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/wallet/WalletUi.h ${CMAKE_CURRENT_LIST_DIR}/wallet/WalletUi.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wallet/CreateWalletDialog.h ${CMAKE_CURRENT_LIST_DIR}/wallet/CreateWalletDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wallet/ImportWalletDialog.h ${CMAKE_CURRENT_LIST_DIR}/wallet/ImportWalletDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wallet/AddressDialog.h ${CMAKE_CURRENT_LIST_DIR}/wallet/AddressDialog.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wallet/PortfolioPage.h ${CMAKE_CURRENT_LIST_DIR}/wallet/PortfolioPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wallet/HistoryPage.h ${CMAKE_CURRENT_LIST_DIR}/wallet/HistoryPage.cpp
  ${CMAKE_CURRENT_LIST_DIR}/wallet/TransferDialog.h ${CMAKE_CURRENT_LIST_DIR}/wallet/TransferDialog.cpp
)
# Network menu and label: which chain the window shows (network helper).
target_sources(subnetscope_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/NetworkMenu.h ${CMAKE_CURRENT_LIST_DIR}/NetworkMenu.cpp
)
# Look and feel: theme, remembered window state, export buttons (explorer).
target_sources(subnetscope_ui PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/Theme.h ${CMAKE_CURRENT_LIST_DIR}/Theme.cpp
  ${CMAKE_CURRENT_LIST_DIR}/WindowState.h ${CMAKE_CURRENT_LIST_DIR}/WindowState.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ExportBar.h ${CMAKE_CURRENT_LIST_DIR}/ExportBar.cpp
)
