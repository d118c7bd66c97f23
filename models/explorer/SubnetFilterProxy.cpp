#include "models/explorer/SubnetFilterProxy.h"

#include "models/SubnetListModel.h"

namespace models {

SubnetFilterProxy::SubnetFilterProxy(QObject* parent) : QSortFilterProxyModel(parent) {
    setSortRole(SubnetListModel::SortRole);
    setDynamicSortFilter(true);
}

void SubnetFilterProxy::setText(const QString& text) {
    text_ = text.trimmed();
    invalidateFilter();
}

void SubnetFilterProxy::setStage(std::optional<LifecycleStage> stage) {
    stage_ = stage;
    invalidateFilter();
}

bool SubnetFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    const QAbstractItemModel* m = sourceModel();
    if (stage_ && m->index(sourceRow, 0, sourceParent).data(SubnetListModel::StageRole).toInt() != static_cast<int>(*stage_))
        return false;
    if (text_.isEmpty()) return true;
    bool isNumber = false;
    const int netuid = text_.toInt(&isNumber);
    if (isNumber) return m->index(sourceRow, 0, sourceParent).data(SubnetListModel::NetuidRole).toInt() == netuid;
    for (int column : {SubnetListModel::Name, SubnetListModel::Symbol})
        if (m->index(sourceRow, column, sourceParent).data(SubnetListModel::SortRole).toString().contains(text_, Qt::CaseInsensitive))
            return true;
    return false;
}

bool SubnetFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const {
    const bool favLeft = left.data(SubnetListModel::FavouriteRole).toBool();
    const bool favRight = right.data(SubnetListModel::FavouriteRole).toBool();
    // Pinned in both directions: in descending order the view reverses lessThan, so flip it.
    if (favLeft != favRight) return sortOrder() == Qt::AscendingOrder ? favLeft : favRight;
    const QVariant a = left.data(SubnetListModel::SortRole), b = right.data(SubnetListModel::SortRole);
    if (a.typeId() == QMetaType::QString) return a.toString() < b.toString();
    if (a.typeId() == QMetaType::ULongLong) return a.toULongLong() < b.toULongLong();
    return a.toDouble() < b.toDouble();
}

} // namespace models
