#pragma once
// Restore a wallet from its recovery phrase (optionally with //hard junctions and ///passphrase).

#include <QDialog>

QT_BEGIN_NAMESPACE
class QLabel;
class QLineEdit;
class QPlainTextEdit;
QT_END_NAMESPACE

namespace models {
class WalletManager;
}

namespace ui {

class ImportWalletDialog : public QDialog {
    Q_OBJECT
  public:
    ImportWalletDialog(models::WalletManager* manager, QWidget* parent = nullptr);
    ~ImportWalletDialog() override;
    QString errorText() const;
    void tryImport();

  private:
    models::WalletManager* manager_;
    QLineEdit* name_;
    QPlainTextEdit* phrase_;
    QLineEdit* password_;
    QLabel* error_;
};

} // namespace ui
