#include "ui/ExplorerPages.h"

#include "ui/NetworkPage.h"
#include "ui/SubnetDetailPage.h"
#include "ui/SubnetsPage.h"
#include "ui/ValidatorsPage.h"

#include <QShortcut>
#include <QTabWidget>

namespace ui {

ExplorerPages::ExplorerPages(QTabWidget* tabs, SubnetsPage* subnets, models::SubnetListModel* model, const QString& dbPath,
                             QObject* parent)
    : QObject(parent), tabs_(tabs) {
    detail_ = new SubnetDetailPage(model, dbPath, tabs);
    detail_->setObjectName(QStringLiteral("subnetDetailPage"));
    tabs->addTab(detail_, tr("Subnet"));
    network_ = new NetworkPage(model, dbPath, tabs);
    network_->setObjectName(QStringLiteral("networkPage"));
    tabs->addTab(network_, tr("Network"));
    validators_ = new ValidatorsPage(dbPath, tabs);
    validators_->setObjectName(QStringLiteral("validatorsPage"));
    tabs->addTab(validators_, tr("Validators"));
    connect(subnets, &SubnetsPage::openSubnet, this, &ExplorerPages::openSubnet);
    connect(tabs, &QTabWidget::currentChanged, this, [this] { refresh(); });
    for (int i = 1; i <= 9; ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + i)), tabs->window());
        connect(shortcut, &QShortcut::activated, tabs, [tabs, i] {
            if (i <= tabs->count()) tabs->setCurrentIndex(i - 1);
        });
    }
}

void ExplorerPages::openSubnet(int netuid) {
    detail_->showSubnet(netuid);
    tabs_->setCurrentWidget(detail_);
}

void ExplorerPages::refresh() {
    // Only the page on screen re-reads; the others catch up when shown.
    if (tabs_->currentWidget() == detail_) detail_->refresh();
    else if (tabs_->currentWidget() == network_) network_->refresh();
    else if (tabs_->currentWidget() == validators_) validators_->refresh();
}

} // namespace ui
