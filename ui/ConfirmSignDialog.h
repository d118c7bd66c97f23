#pragma once
// The last stop before a signature: what the call does in words, and (advanced) every byte-level
// field that will be signed — call data, limit price, era, nonce, tip, runtime and genesis.
// Off the local network it says first, in red, which network the signature is for: on finney
// the TAO are real.

#include "models/WalletService.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPlainTextEdit;
class QToolButton;
class QWidget;
QT_END_NAMESPACE

namespace ui {

class ConfirmSignDialog : public QDialog {
    Q_OBJECT
  public:
    ConfirmSignDialog(const models::SignedOrder& prepared, const QString& signerSs58,
                      const std::optional<models::StakePreview>& preview, QWidget* parent = nullptr,
                      const QString& network = QStringLiteral("local"));

    // Empty on the local network; else e.g. "You are signing on finney: real TAO."
    QString networkWarning() const;
    QString summaryText() const;
    QString advancedText() const;
    void setAdvancedVisible(bool visible);

  private:
    QLabel* network_;
    QLabel* summary_;
    QPlainTextEdit* advanced_;
    QToolButton* toggle_;
};

} // namespace ui
