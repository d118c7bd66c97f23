#include "ui/wallet/CreateWalletDialog.h"

#include "chainclient/crypto/Mnemonic.h"
#include "chainclient/crypto/SecretBuffer.h"
#include "chainclient/crypto/WalletStore.h"
#include "models/WalletManager.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ui {

CreateWalletDialog::CreateWalletDialog(models::WalletManager* manager, QWidget* parent)
    : QDialog(parent), manager_(manager) {
    setObjectName(QStringLiteral("createWalletDialog"));
    setWindowTitle(tr("New wallet"));
    steps_ = new QStackedWidget(this);

    auto* first = new QWidget(steps_);
    auto* form = new QFormLayout(first);
    name_ = new QLineEdit(first);
    name_->setObjectName(QStringLiteral("walletName"));
    password_ = new QLineEdit(first);
    password_->setObjectName(QStringLiteral("password"));
    password_->setEchoMode(QLineEdit::Password);
    repeat_ = new QLineEdit(first);
    repeat_->setObjectName(QStringLiteral("passwordRepeat"));
    repeat_->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Wallet name:"), name_);
    form->addRow(tr("Password:"), password_);
    form->addRow(tr("Repeat password:"), repeat_);
    steps_->addWidget(first);

    auto* second = new QWidget(steps_);
    auto* v2 = new QVBoxLayout(second);
    auto* warning =
        new QLabel(tr("<b>Write these words down on paper, in order, and keep them safe.</b> They are "
                      "the only way to restore this wallet. They are shown once and never stored; "
                      "anyone who sees them can take your funds."),
                   second);
    warning->setWordWrap(true);
    phraseView_ = new QLabel(second);
    phraseView_->setObjectName(QStringLiteral("mnemonicView"));
    phraseView_->setTextFormat(Qt::RichText);
    phraseView_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    phraseView_->setStyleSheet(QStringLiteral("font-family: monospace; font-size: 14px; padding: 8px; "
                                              "border: 1px solid palette(mid);"));
    writtenDown_ = new QCheckBox(tr("I have written the words down"), second);
    writtenDown_->setObjectName(QStringLiteral("writtenDown"));
    v2->addWidget(warning);
    v2->addWidget(phraseView_);
    v2->addWidget(writtenDown_);
    steps_->addWidget(second);

    auto* third = new QWidget(steps_);
    auto* form3 = new QFormLayout(third);
    form3->addRow(
        new QLabel(tr("Type these words of your recovery phrase to show you wrote it down:"), third));
    for (int i = 0; i < 3; ++i) {
        auto* label = new QLabel(third);
        auto* edit = new QLineEdit(third);
        edit->setObjectName(QStringLiteral("word%1").arg(i));
        wordLabels_.push_back(label);
        wordEdits_.push_back(edit);
        form3->addRow(label, edit);
    }
    steps_->addWidget(third);

    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("errorLabel"));
    error_->setStyleSheet(QStringLiteral("color: #c0392b;"));
    error_->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    next_ = buttons->addButton(tr("Next"), QDialogButtonBox::ActionRole);
    next_->setObjectName(QStringLiteral("nextButton"));
    next_->setDefault(true);
    connect(next_, &QPushButton::clicked, this, &CreateWalletDialog::next);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(writtenDown_, &QCheckBox::toggled, next_, &QPushButton::setEnabled);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(steps_);
    layout->addWidget(error_);
    layout->addWidget(buttons);
    resize(520, 300);
}

CreateWalletDialog::~CreateWalletDialog() {
    // QString cannot be wiped in place everywhere it was copied; at least drop ours now.
    phraseView_->clear();
    phrase_.fill(QLatin1Char(' '));
    phrase_.clear();
}

int CreateWalletDialog::step() const {
    return steps_->currentIndex();
}
QString CreateWalletDialog::errorText() const {
    return error_->text();
}

void CreateWalletDialog::fail(const QString& message) {
    error_->setText(message);
}

void CreateWalletDialog::next() {
    error_->clear();
    switch (steps_->currentIndex()) {
    case 0: {
        const QString name = name_->text().trimmed();
        if (!chainclient::crypto::WalletStore::isValidName(name))
            return fail(tr("Use letters, digits, '-' or '_' for the wallet name."));
        if (manager_->walletNames().contains(name))
            return fail(tr("A wallet named %1 exists already.").arg(name));
        if (password_->text().isEmpty())
            return fail(tr("Choose a password: it encrypts the wallet on this computer."));
        if (password_->text() != repeat_->text())
            return fail(tr("The two passwords differ."));
        phrase_ = chainclient::crypto::Mnemonic::generate(12).phrase();
        const QStringList words = phrase_.split(QLatin1Char(' '));
        // Four numbered columns, so the words are copied in order.
        QString grid = QStringLiteral("<table cellspacing='6'>");
        for (int i = 0; i < words.size(); ++i)
            grid += (i % 4 == 0 ? QStringLiteral("<tr>") : QString()) +
                    QStringLiteral("<td align='right'>%1.</td><td width='110'><b>%2</b></td>")
                        .arg(i + 1)
                        .arg(words[i]) +
                    (i % 4 == 3 ? QStringLiteral("</tr>") : QString());
        phraseView_->setText(grid + QStringLiteral("</table>"));
        challenge_ = models::WalletManager::challenge(words.size());
        for (int i = 0; i < 3; ++i)
            wordLabels_[i]->setText(tr("Word %1:").arg(challenge_[i] + 1));
        writtenDown_->setChecked(false);
        next_->setEnabled(false);
        steps_->setCurrentIndex(1);
        return;
    }
    case 1:
        steps_->setCurrentIndex(2);
        next_->setText(tr("Create wallet"));
        wordEdits_[0]->setFocus();
        return;
    case 2: {
        QStringList answers;
        for (auto* e : wordEdits_)
            answers << e->text();
        if (!models::WalletManager::checkChallenge(phrase_.split(QLatin1Char(' ')), challenge_, answers))
            return fail(tr("The words do not match the phrase. Check what you wrote down."));
        auto saved = manager_->saveNew(name_->text().trimmed(), phrase_, password_->text());
        if (!saved)
            return fail(QString::fromStdString(saved.error().message));
        accept();
        return;
    }
    }
}

} // namespace ui
