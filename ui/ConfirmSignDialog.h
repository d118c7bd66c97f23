#pragma once
// The last stop before a signature: what the call does in words, and (advanced) every byte-level
// field that will be signed — call data, limit price, era, nonce, tip, runtime and genesis.
// Off the local network it says first, in red, which network the signature is for: on finney
// the TAO are real. There a stake or unstake also shows the node's own quote once it arrives
// (setNodeQuotePending / showNodeQuote); until then signing waits, the window stays usable.

#include "models/WalletService.h"

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QPushButton;
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

    // The node is being asked for its quote: says so and holds the Sign button until
    // showNodeQuote(). Its answer (or, when it has none, why, and that the figures above are an
    // estimate); a non-empty `problem` (the checks failed with the node's numbers) keeps signing
    // blocked and is shown in red.
    void setNodeQuotePending();
    void showNodeQuote(const chainclient::SwapQuote& quote, const QString& problem = QString());
    QString nodeQuoteText() const;
    bool canSign() const;

  private:
    void fitHeight();

    QLabel* network_;
    QLabel* summary_;
    QLabel* nodeQuote_;
    QPushButton* sign_ = nullptr;
    QPlainTextEdit* advanced_;
    QToolButton* toggle_;
};

} // namespace ui
