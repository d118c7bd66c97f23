#pragma once
// New wallet in three steps: name and password → the recovery phrase, shown once with a
// warning to write it down → three of its words typed back. Nothing is written to disk until
// the words match; the phrase leaves memory with the dialog.

#include <QDialog>
#include <QVector>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
QT_END_NAMESPACE

namespace models {
class WalletManager;
}

namespace ui {

class CreateWalletDialog : public QDialog {
    Q_OBJECT
  public:
    CreateWalletDialog(models::WalletManager* manager, QWidget* parent = nullptr);
    ~CreateWalletDialog() override;

    int step() const;
    // 0-based positions of the three words asked for (for tests: the GUI shows them 1-based).
    QVector<int> challenge() const { return challenge_; }
    QString errorText() const;

  private:
    void next();
    void fail(const QString& message);

    models::WalletManager* manager_;
    QStackedWidget* steps_;
    QLineEdit* name_;
    QLineEdit* password_;
    QLineEdit* repeat_;
    QLabel* phraseView_;
    QCheckBox* writtenDown_;
    QVector<QLabel*> wordLabels_;
    QVector<QLineEdit*> wordEdits_;
    QLabel* error_;
    QPushButton* next_;
    QString phrase_;
    QVector<int> challenge_;
};

} // namespace ui
