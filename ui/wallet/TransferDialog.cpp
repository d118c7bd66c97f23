#include "ui/wallet/TransferDialog.h"

#include "chainclient/economics/Money.h"
#include "models/AmountParser.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ui {
namespace {
QString exact(quint64 rao) {
    return QString::fromStdString(economics::formatUnits(rao));
}
} // namespace

TransferDialog::TransferDialog(const models::WalletService* service, chainclient::AccountState account,
                               QWidget* parent)
    : QDialog(parent), service_(service), account_(std::move(account)) {
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Send TAO"));
    destination_ = new QLineEdit(this);
    destination_->setObjectName(QStringLiteral("destination"));
    destination_->setPlaceholderText(tr("SS58 address of the receiving coldkey"));
    destination_->setMinimumWidth(420);
    amountEdit_ = new QLineEdit(this);
    amountEdit_->setObjectName(QStringLiteral("amount"));
    amountEdit_->setPlaceholderText(tr("TAO, e.g. 1.5"));
    max_ = new QPushButton(tr("Max"), this);
    max_->setObjectName(QStringLiteral("max"));
    keepAlive_ = new QCheckBox(tr("Keep the sending account alive (transfer_keep_alive)"), this);
    keepAlive_->setObjectName(QStringLiteral("keepAlive"));
    keepAlive_->setChecked(true);
    balance_ = new QLabel(tr("Free balance: %1 TAO").arg(exact(account_.free)), this);
    summary_ = new QLabel(this);
    summary_->setObjectName(QStringLiteral("summary"));
    summary_->setTextFormat(Qt::PlainText);
    summary_->setWordWrap(true);
    summary_->setMinimumHeight(summary_->fontMetrics().lineSpacing() * 4);
    summary_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("error"));
    error_->setWordWrap(true);
    error_->setMinimumHeight(error_->fontMetrics().lineSpacing() * 2);
    error_->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(amountEdit_, 1);
    amountRow->addWidget(max_);
    auto* form = new QFormLayout;
    form->addRow(tr("From"), new QLabel(account_.account, this));
    form->addRow(tr("To"), destination_);
    form->addRow(tr("Amount (TAO)"), amountRow);
    form->addRow(QString(), balance_);
    form->addRow(QString(), keepAlive_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    review_ = buttons->addButton(tr("Review…"), QDialogButtonBox::AcceptRole);
    review_->setObjectName(QStringLiteral("review"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(summary_);
    layout->addWidget(error_);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(destination_, &QLineEdit::textChanged, this, &TransferDialog::update);
    connect(amountEdit_, &QLineEdit::textChanged, this, &TransferDialog::update);
    connect(keepAlive_, &QCheckBox::toggled, this, &TransferDialog::update);
    connect(max_, &QPushButton::clicked, this, [this] {
        const quint64 fee = service_->transactionFee();
        amountEdit_->setText(exact(account_.free > fee ? account_.free - fee : 0));
    });
    update();
}

models::TransferOrder TransferDialog::order() const {
    models::TransferOrder o;
    o.destination = destination_->text().trimmed();
    o.amount = amount_;
    o.keepAlive = keepAlive_->isChecked();
    return o;
}

void TransferDialog::update() {
    amount_ = 0;
    summary_->clear();
    review_->setEnabled(false);
    if (destination_->text().trimmed().isEmpty()) {
        error_->setText(tr("Enter the address to send to."));
        return;
    }
    const QString text = amountEdit_->text();
    if (text.trimmed().isEmpty()) {
        error_->setText(tr("Enter an amount."));
        return;
    }
    auto parsed = models::AmountParser::parse(text, u"TAO");
    if (!parsed) {
        error_->setText(QString::fromStdString(parsed.error().message));
        return;
    }
    amount_ = *parsed;
    if (auto ok = service_->checkTransfer(order(), account_); !ok) {
        error_->setText(QString::fromStdString(ok.error().message));
        return;
    }
    const quint64 fee = service_->transactionFee();
    summary_->setText(tr("Sends %1 TAO to %2.\nTransaction fee: %3 TAO\nFree balance afterwards: %4 TAO")
                          .arg(exact(amount_), order().destination, exact(fee),
                               exact(account_.free - amount_ - fee)));
    error_->clear();
    review_->setEnabled(true);
}

void TransferDialog::setDestination(const QString& ss58) {
    destination_->setText(ss58);
}
void TransferDialog::setAmountText(const QString& text) {
    amountEdit_->setText(text);
}
QString TransferDialog::errorText() const {
    return error_->text();
}
QString TransferDialog::summaryText() const {
    return summary_->text();
}
bool TransferDialog::canContinue() const {
    return review_->isEnabled();
}

} // namespace ui
