# Files of models/explorer/ (issue 5); paths relative to this file.
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/LifecycleClassifier.h ${CMAKE_CURRENT_LIST_DIR}/LifecycleClassifier.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PruningOrder.h ${CMAKE_CURRENT_LIST_DIR}/PruningOrder.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ExplorerQueries.h ${CMAKE_CURRENT_LIST_DIR}/ExplorerQueries.cpp
)
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SubnetFilterProxy.h ${CMAKE_CURRENT_LIST_DIR}/SubnetFilterProxy.cpp
)
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/PriceChartData.h ${CMAKE_CURRENT_LIST_DIR}/PriceChartData.cpp
  ${CMAKE_CURRENT_LIST_DIR}/PoolDepth.h ${CMAKE_CURRENT_LIST_DIR}/PoolDepth.cpp
  ${CMAKE_CURRENT_LIST_DIR}/EmissionAllocation.h ${CMAKE_CURRENT_LIST_DIR}/EmissionAllocation.cpp
  ${CMAKE_CURRENT_LIST_DIR}/HalvingProgress.h ${CMAKE_CURRENT_LIST_DIR}/HalvingProgress.cpp
)
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/CsvExport.h ${CMAKE_CURRENT_LIST_DIR}/CsvExport.cpp
)
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/SubnetFigures.h ${CMAKE_CURRENT_LIST_DIR}/SubnetFigures.cpp
  ${CMAKE_CURRENT_LIST_DIR}/ExplorerLoader.h ${CMAKE_CURRENT_LIST_DIR}/ExplorerLoader.cpp
)
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/LifecycleTimeline.h ${CMAKE_CURRENT_LIST_DIR}/LifecycleTimeline.cpp
)
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/MetagraphModel.h ${CMAKE_CURRENT_LIST_DIR}/MetagraphModel.cpp
)
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/ValidatorListModel.h ${CMAKE_CURRENT_LIST_DIR}/ValidatorListModel.cpp
)
target_sources(subnetscope_models PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/StageHistoryWriter.h ${CMAKE_CURRENT_LIST_DIR}/StageHistoryWriter.cpp
)
