#include "ui/wallet/ImportWalletDialog.h"

#include "chainclient/crypto/WalletStore.h"
#include "models/WalletManager.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {

ImportWalletDialog::ImportWalletDialog(models::WalletManager* manager, QWidget* parent)
    : QDialog(parent), manager_(manager) {
    setObjectName(QStringLiteral("importWalletDialog"));
    setWindowTitle(tr("Import wallet"));
    name_ = new QLineEdit(this);
    name_->setObjectName(QStringLiteral("walletName"));
    phrase_ = new QPlainTextEdit(this);
    phrase_->setObjectName(QStringLiteral("mnemonic"));
    phrase_->setPlaceholderText(tr("twelve or twenty-four words separated by spaces"));
    phrase_->setMaximumHeight(80);
    password_ = new QLineEdit(this);
    password_->setObjectName(QStringLiteral("password"));
    password_->setEchoMode(QLineEdit::Password);
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("errorLabel"));
    error_->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error_->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Wallet name:"), name_);
    form->addRow(tr("Recovery phrase:"), phrase_);
    form->addRow(tr("New password:"), password_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("importButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportWalletDialog::tryImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(error_);
    layout->addWidget(buttons);
    resize(480, 260);
}

ImportWalletDialog::~ImportWalletDialog() {
    phrase_->clear();
}

QString ImportWalletDialog::errorText() const {
    return error_->text();
}

void ImportWalletDialog::tryImport() {
    const QString name = name_->text().trimmed();
    if (!chainclient::crypto::WalletStore::isValidName(name))
        return error_->setText(tr("Use letters, digits, '-' or '_' for the wallet name."));
    if (manager_->walletNames().contains(name))
        return error_->setText(tr("A wallet named %1 exists already.").arg(name));
    auto saved = manager_->importPhrase(name, phrase_->toPlainText().simplified(), password_->text());
    if (!saved)
        return error_->setText(QString::fromStdString(saved.error().message));
    accept();
}

} // namespace ui
