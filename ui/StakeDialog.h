#pragma once
// Stake, unstake or move stake with a live preview: subnet, validator hotkey (with its take and
// stake), amount (with Max; unstake and move also as a % of the position, with its exit value),
// tolerance and partial fills; a move keeping its hotkey across subnets carries a limit. Every keystroke re-runs the preview and the wallet checks, so a mistake is
// named before anything is signed; "Review…" leads to the confirmation of the exact call.

#include "models/WalletService.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
QT_END_NAMESPACE

namespace ui {

class StakeDialog : public QDialog {
    Q_OBJECT
  public:
    StakeDialog(const models::WalletService* service, chainclient::AccountState account,
                models::StakeOrder::Kind kind, QWidget* parent = nullptr);

    models::StakeOrder order() const;
    std::optional<models::StakePreview> preview() const { return preview_; }

    // For tests and scripted use.
    void setAmountText(const QString& text);
    bool selectNetuid(quint16 netuid);
    bool selectDestNetuid(quint16 netuid); // Move only
    void setPercent(int percent);          // Unstake/Move: that share of the position
    QString errorText() const;
    QString positionText() const;      // Unstake/Move: the position with its spot and exit value
    QString validatorText() const;     // the chosen validator's take and stake
    QString previewText() const;
    bool canContinue() const;

  private:
    void fillSubnets();
    void fillHotkeys();
    void fillDestHotkeys();
    void setMax();
    void updatePreview();
    quint64 heldAlpha() const;
    QString chosenHotkey() const;
    void updatePosition();
    void updateValidator();

    const models::WalletService* service_;
    chainclient::AccountState account_;
    models::StakeOrder::Kind kind_;
    std::optional<models::StakePreview> preview_;
    quint64 amount_ = 0;

    QComboBox* subnet_;
    QComboBox* hotkey_;
    QComboBox* destSubnet_ = nullptr; // Move only
    QComboBox* destHotkey_ = nullptr; // Move only
    QLineEdit* amountEdit_;
    QPushButton* max_;
    QSpinBox* percent_ = nullptr; // Unstake/Move only
    QLabel* validatorInfo_;
    QDoubleSpinBox* tolerance_;
    QCheckBox* partial_;
    QLabel* balance_;
    QLabel* previewLabel_;
    QLabel* error_;
    QPushButton* review_;
};

} // namespace ui
