#pragma once
// Validators across subnets: a sortable table (models::ValidatorListModel) with a filter and
// CSV export.

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
QT_END_NAMESPACE

namespace models {
class ValidatorListModel;
}

namespace ui {

class ValidatorsPage : public QWidget {
    Q_OBJECT
public:
    ValidatorsPage(const QString& dbPath, QWidget* parent = nullptr);
    void refresh();
    QTableView* table() const { return table_; }
    bool exportCsv(const QString& path);

private:
    models::ValidatorListModel* model_;
    QSortFilterProxyModel* proxy_;
    QTableView* table_;
    QLineEdit* filter_;
};

} // namespace ui
