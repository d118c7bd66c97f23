#pragma once
// The explorer's pages beyond the subnet table — subnet detail, network, validators — added to the main
// window's tabs, opened from the table, refreshed on the window's tick while visible, and
// reachable with Ctrl+1…Ctrl+9 (one per tab, in tab order).

#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QTabWidget;
QT_END_NAMESPACE

namespace models {
class SubnetListModel;
}

namespace ui {

class NetworkPage;
class SubnetDetailPage;
class SubnetsPage;
class ValidatorsPage;

class ExplorerPages : public QObject {
    Q_OBJECT
public:
    ExplorerPages(QTabWidget* tabs, SubnetsPage* subnets, models::SubnetListModel* model, const QString& dbPath, QObject* parent);

    // Called on the refresh tick after the subnet table re-read the store.
    void refresh();
    void openSubnet(int netuid);
    SubnetDetailPage* detailPage() const { return detail_; }
    NetworkPage* networkPage() const { return network_; }
    ValidatorsPage* validatorsPage() const { return validators_; }

private:
    QTabWidget* tabs_;
    SubnetDetailPage* detail_;
    NetworkPage* network_;
    ValidatorsPage* validators_;
};

} // namespace ui
