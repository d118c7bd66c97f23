#include "ui/wallet/AddressDialog.h"

#include "chainclient/crypto/WalletStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace ui {

AddressDialog::AddressDialog(const chainclient::crypto::WalletInfo& wallet, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("addressDialog"));
    setWindowTitle(tr("Address of %1").arg(wallet.name));
    auto* grid = new QGridLayout(this);
    int row = 0;
    auto addLine = [&](const QString& label, const QString& address, const QString& name) {
        grid->addWidget(new QLabel(label, this), row, 0);
        auto* text = new QLabel(address, this);
        text->setObjectName(name);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setStyleSheet(QStringLiteral("font-family: monospace;"));
        grid->addWidget(text, row, 1);
        auto* copy = new QPushButton(tr("Copy"), this);
        copy->setObjectName(name + QStringLiteral("Copy"));
        connect(copy, &QPushButton::clicked, this,
                [address] { QApplication::clipboard()->setText(address); });
        grid->addWidget(copy, row, 2);
        ++row;
    };
    addLine(tr("Coldkey:"), wallet.coldkeySs58, QStringLiteral("coldkeyAddress"));
    for (const auto& h : wallet.hotkeys)
        addLine(tr("Hotkey %1:").arg(h.name), h.ss58, QStringLiteral("hotkey_") + h.name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    grid->addWidget(buttons, row, 0, 1, 3);
}

} // namespace ui
