#pragma once
// Send TAO to another coldkey: destination address, amount (with Max), keep-alive. Every
// keystroke re-runs the wallet checks, so a malformed address or an amount above the balance is
// named before anything is signed; "Review…" leads to the confirmation of the exact call.

#include "models/WalletService.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

namespace ui {

class TransferDialog : public QDialog {
    Q_OBJECT
  public:
    TransferDialog(const models::WalletService* service, chainclient::AccountState account,
                   QWidget* parent = nullptr);

    models::TransferOrder order() const;

    // For tests and scripted use.
    void setDestination(const QString& ss58);
    void setAmountText(const QString& text);
    QString errorText() const;
    QString summaryText() const;
    bool canContinue() const;

  private:
    void update();

    const models::WalletService* service_;
    chainclient::AccountState account_;
    quint64 amount_ = 0;

    QLineEdit* destination_;
    QLineEdit* amountEdit_;
    QPushButton* max_;
    QCheckBox* keepAlive_;
    QLabel* balance_;
    QLabel* summary_;
    QLabel* error_;
    QPushButton* review_;
};

} // namespace ui
