#pragma once
// Sorting and filtering of the subnet table: favourites stay on top in either sort order,
// sorting uses SubnetListModel::SortRole (raw values), and rows pass a text filter
// (name, symbol or netuid) and an optional stage filter.

#include "models/explorer/LifecycleClassifier.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace models {

class SubnetFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SubnetFilterProxy(QObject* parent = nullptr);

    void setText(const QString& text);
    void setStage(std::optional<LifecycleStage> stage);
    const QString& text() const { return text_; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString text_;
    std::optional<LifecycleStage> stage_;
};

} // namespace models
