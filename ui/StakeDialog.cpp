#include "ui/StakeDialog.h"

#include "chainclient/economics/Money.h"
#include "models/AmountParser.h"
#include "models/Format.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {
namespace {

QString exact(quint64 rao) {
    return QString::fromStdString(economics::formatUnits(rao));
}

QString shortKey(const QString& k) {
    return k.size() > 16 ? k.left(8) + QStringLiteral("…") + k.right(6) : k;
}

constexpr int kHotkeyRole = Qt::UserRole + 1;

} // namespace

StakeDialog::StakeDialog(const models::WalletService* service, chainclient::AccountState account,
                         models::StakeOrder::Kind kind, QWidget* parent)
    : QDialog(parent), service_(service), account_(std::move(account)), kind_(kind) {
    const bool add = kind_ == models::StakeOrder::Kind::Add;
    const bool move = kind_ == models::StakeOrder::Kind::Move;
    setObjectName(add    ? QStringLiteral("stakeDialog")
                  : move ? QStringLiteral("moveDialog")
                         : QStringLiteral("unstakeDialog"));
    setWindowTitle(add ? tr("Stake TAO") : move ? tr("Move stake") : tr("Unstake Alpha"));
    subnet_ = new QComboBox(this);
    subnet_->setObjectName(QStringLiteral("subnet"));
    hotkey_ = new QComboBox(this);
    hotkey_->setObjectName(QStringLiteral("hotkey"));
    hotkey_->setEditable(true);
    hotkey_->setMinimumContentsLength(48);
    amountEdit_ = new QLineEdit(this);
    amountEdit_->setObjectName(QStringLiteral("amount"));
    amountEdit_->setPlaceholderText(add ? tr("TAO, e.g. 1.5") : tr("Alpha, e.g. 10"));
    max_ = new QPushButton(tr("Max"), this);
    max_->setObjectName(QStringLiteral("max"));
    validatorInfo_ = new QLabel(this);
    validatorInfo_->setObjectName(QStringLiteral("validatorInfo"));
    if (!add) {
        percent_ = new QSpinBox(this);
        percent_->setObjectName(QStringLiteral("percent"));
        percent_->setRange(0, 100);
        percent_->setSuffix(QStringLiteral(" %"));
        percent_->setSpecialValueText(tr("% of position"));
        percent_->setToolTip(tr("Fill in this share of the position"));
    }
    tolerance_ = new QDoubleSpinBox(this);
    tolerance_->setObjectName(QStringLiteral("tolerance"));
    tolerance_->setRange(0, 50);
    tolerance_->setDecimals(2);
    tolerance_->setSingleStep(0.1);
    tolerance_->setSuffix(QStringLiteral(" %"));
    tolerance_->setValue(models::kDefaultTolerance * 100);
    partial_ = new QCheckBox(tr("Allow a partial fill up to the limit"), this);
    partial_->setObjectName(QStringLiteral("partial"));
    balance_ = new QLabel(this);
    previewLabel_ = new QLabel(this);
    previewLabel_->setObjectName(QStringLiteral("preview"));
    previewLabel_->setTextFormat(Qt::PlainText);
    // Room for the whole preview from the start: the dialog is shown before the first amount.
    previewLabel_->setMinimumHeight(previewLabel_->fontMetrics().lineSpacing() * 8);
    previewLabel_->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    error_ = new QLabel(this);
    error_->setObjectName(QStringLiteral("error"));
    error_->setWordWrap(true);
    error_->setMinimumHeight(error_->fontMetrics().lineSpacing() * 2);
    error_->setStyleSheet(QStringLiteral("color: #b00020;"));

    auto* amountRow = new QHBoxLayout;
    amountRow->addWidget(amountEdit_, 1);
    if (percent_)
        amountRow->addWidget(percent_);
    amountRow->addWidget(max_);
    auto* form = new QFormLayout;
    form->addRow(tr("Subnet"), subnet_);
    form->addRow(tr("Validator hotkey"), hotkey_);
    form->addRow(QString(), validatorInfo_);
    if (move) {
        destSubnet_ = new QComboBox(this);
        destSubnet_->setObjectName(QStringLiteral("destSubnet"));
        destHotkey_ = new QComboBox(this);
        destHotkey_->setObjectName(QStringLiteral("destHotkey"));
        destHotkey_->setEditable(true);
        destHotkey_->setMinimumContentsLength(48);
        form->addRow(tr("To subnet"), destSubnet_);
        form->addRow(tr("To hotkey"), destHotkey_);
    }
    form->addRow(add ? tr("Amount (TAO)") : tr("Amount (Alpha)"), amountRow);
    form->addRow(QString(), balance_);
    form->addRow(tr("Price tolerance"), tolerance_);
    form->addRow(QString(), partial_);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    review_ = buttons->addButton(tr("Review…"), QDialogButtonBox::AcceptRole);
    review_->setObjectName(QStringLiteral("review"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(previewLabel_);
    layout->addWidget(error_);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(subnet_, &QComboBox::currentIndexChanged, this, [this] {
        fillHotkeys();
        if (destSubnet_)
            fillDestHotkeys();
        updatePreview();
    });
    connect(hotkey_, &QComboBox::currentTextChanged, this, [this] {
        updateValidator();
        updatePreview();
    });
    if (move) {
        connect(destSubnet_, &QComboBox::currentIndexChanged, this, [this] {
            fillDestHotkeys();
            updatePreview();
        });
        connect(destHotkey_, &QComboBox::currentTextChanged, this, &StakeDialog::updatePreview);
    }
    connect(amountEdit_, &QLineEdit::textChanged, this, &StakeDialog::updatePreview);
    connect(tolerance_, &QDoubleSpinBox::valueChanged, this, &StakeDialog::updatePreview);
    connect(partial_, &QCheckBox::toggled, this, &StakeDialog::updatePreview);
    connect(max_, &QPushButton::clicked, this, &StakeDialog::setMax);
    if (percent_)
        connect(percent_, &QSpinBox::valueChanged, this, [this](int pct) {
            if (pct <= 0)
                return;
            // Exact in rao: 100 % is the whole position, never a rounded-up amount.
            const quint64 held = heldAlpha();
            const quint64 p = static_cast<quint64>(pct);
            const quint64 part = pct >= 100 ? held : held / 100 * p + held % 100 * p / 100;
            const QSignalBlocker b(percent_);
            amountEdit_->setText(exact(part));
        });
    connect(amountEdit_, &QLineEdit::textEdited, this, [this] {
        if (percent_) {
            const QSignalBlocker b(percent_);
            percent_->setValue(0); // typed by hand: no longer a share
        }
    });
    fillSubnets();
    fillHotkeys();
    if (destSubnet_)
        fillDestHotkeys();
    updatePreview();
}

void StakeDialog::fillSubnets() {
    const QSignalBlocker block(subnet_);
    QSet<quint16> held;
    for (const auto& p : account_.positions)
        held.insert(p.netuid);
    for (const auto& sub : service_->subnets()) {
        const auto* s = &sub;
        if (s->netuid == 0)
            continue;
        if (!s->started)
            continue;
        if (kind_ != models::StakeOrder::Kind::Add && !held.contains(s->netuid))
            continue;
        subnet_->addItem(QStringLiteral("%1 · %2 %3").arg(s->netuid).arg(s->name, s->symbol), s->netuid);
    }
    if (!destSubnet_)
        return;
    const QSignalBlocker blockDest(destSubnet_);
    for (const auto& s : service_->subnets())
        if (s.netuid != 0 && s.started)
            destSubnet_->addItem(QStringLiteral("%1 · %2 %3").arg(s.netuid).arg(s.name, s.symbol), s.netuid);
    fillDestHotkeys();
}

void StakeDialog::fillDestHotkeys() {
    const QSignalBlocker block(destHotkey_);
    destHotkey_->clear();
    // The origin hotkey first when it validates there too: keeping the hotkey is the move that
    // can carry a limit (swap_stake_limit).
    const auto choices = service_->validators(static_cast<quint16>(destSubnet_->currentData().toUInt()));
    const QString origin = chosenHotkey();
    for (const auto& v : choices)
        if (v.hotkey == origin)
            destHotkey_->addItem(v.hotkey);
    for (const auto& v : choices)
        if (v.hotkey != origin)
            destHotkey_->addItem(v.hotkey);
}

void StakeDialog::fillHotkeys() {
    const QSignalBlocker block(hotkey_);
    hotkey_->clear();
    const quint16 netuid = static_cast<quint16>(subnet_->currentData().toUInt());
    if (kind_ == models::StakeOrder::Kind::Add) {
        // Validators by stake, each with its take and the stake behind it on this subnet.
        for (const auto& v : service_->validators(netuid)) {
            const QString label =
                tr("%1 · take %2 · stake %3 α%4")
                    .arg(shortKey(v.hotkey), models::formatPercent(v.take, 2), exact(v.stake),
                         v.owner ? tr(" · subnet owner") : QString());
            hotkey_->addItem(label);
            hotkey_->setItemData(hotkey_->count() - 1, v.hotkey, kHotkeyRole);
            hotkey_->setItemData(hotkey_->count() - 1, v.hotkey, Qt::ToolTipRole);
        }
    } else {
        for (const auto& p : account_.positions)
            if (p.netuid == netuid)
                hotkey_->addItem(p.hotkey);
    }
    if (kind_ == models::StakeOrder::Kind::Add)
        balance_->setText(tr("Free balance: %1 TAO").arg(exact(account_.free)));
    else
        updatePosition();
    updateValidator();
}

QString StakeDialog::chosenHotkey() const {
    // A picked entry carries its address; anything typed over it is taken as typed.
    const int i = hotkey_->currentIndex();
    if (i >= 0 && hotkey_->currentText() == hotkey_->itemText(i)) {
        const QVariant key = hotkey_->itemData(i, kHotkeyRole);
        if (key.isValid())
            return key.toString();
    }
    return hotkey_->currentText().trimmed();
}

void StakeDialog::updateValidator() {
    if (hotkey_->lineEdit() && !hotkey_->lineEdit()->hasFocus())
        hotkey_->lineEdit()->setCursorPosition(0); // show the address's start, not its end
    const quint16 netuid = static_cast<quint16>(subnet_->currentData().toUInt());
    const QString key = chosenHotkey();
    for (const auto& v : service_->validators(netuid))
        if (v.hotkey == key) {
            validatorInfo_->setText(tr("Take %1 · %2 α staked on this subnet")
                                        .arg(models::formatPercent(v.take, 2), exact(v.stake)));
            return;
        }
    validatorInfo_->setText(key.isEmpty() ? QString() : tr("Not a validator with a permit on this subnet"));
}

void StakeDialog::updatePosition() {
    const quint64 held = heldAlpha();
    const quint16 netuid = static_cast<quint16>(subnet_->currentData().toUInt());
    chainclient::AccountState one = account_;
    one.positions.clear();
    one.positions.push_back({netuid, chosenHotkey(), held});
    const auto valued = service_->positions(one);
    if (held == 0 || valued.isEmpty()) {
        balance_->setText(tr("Position: %1 α").arg(exact(held)));
        return;
    }
    balance_->setText(tr("Position: %1 α · spot value %2 TAO · exit value %3 TAO")
                          .arg(exact(held), exact(valued.front().spotValue), exact(valued.front().exitValue)));
}

quint64 StakeDialog::heldAlpha() const {
    quint64 held = 0;
    const quint16 netuid = static_cast<quint16>(subnet_->currentData().toUInt());
    for (const auto& p : account_.positions)
        if (p.netuid == netuid && p.hotkey == chosenHotkey())
            held += p.alpha;
    return held;
}

void StakeDialog::setMax() {
    amountEdit_->setText(exact(kind_ == models::StakeOrder::Kind::Add ? account_.free : heldAlpha()));
}

models::StakeOrder StakeDialog::order() const {
    models::StakeOrder o;
    o.kind = kind_;
    o.netuid = static_cast<quint16>(subnet_->currentData().toUInt());
    o.hotkey = chosenHotkey();
    o.amount = amount_;
    o.tolerance = tolerance_->value() / 100.0;
    o.allowPartial = partial_->isChecked();
    if (destSubnet_) {
        o.destNetuid = static_cast<quint16>(destSubnet_->currentData().toUInt());
        o.destHotkey = destHotkey_->currentText().trimmed();
    }
    return o;
}

void StakeDialog::updatePreview() {
    preview_.reset();
    amount_ = 0;
    previewLabel_->clear();
    review_->setEnabled(false);
    if (kind_ != models::StakeOrder::Kind::Add)
        updatePosition();
    if (destSubnet_) {
        // Only swap_stake_limit (same hotkey, two subnets) carries a limit on chain.
        const bool limited = order().moveHasLimit();
        tolerance_->setEnabled(limited);
        partial_->setEnabled(limited);
        if (!limited)
            partial_->setChecked(false);
        tolerance_->setToolTip(limited ? QString()
                                       : tr("A move to another hotkey or within a subnet has no limit on "
                                            "chain (move_stake)."));
    }
    if (subnet_->count() == 0) {
        error_->setText(kind_ == models::StakeOrder::Kind::Add ? tr("No subnet is open for staking yet.")
                                                               : tr("You have no stake to unstake."));
        return;
    }
    const QString text = amountEdit_->text();
    if (text.trimmed().isEmpty()) {
        error_->setText(tr("Enter an amount."));
        return;
    }
    auto parsed =
        models::AmountParser::parse(text, kind_ == models::StakeOrder::Kind::Add ? u"TAO" : u"Alpha");
    if (!parsed) {
        error_->setText(QString::fromStdString(parsed.error().message));
        return;
    }
    amount_ = *parsed;
    const models::StakeOrder o = order();
    auto p = service_->preview(o);
    if (p) {
        preview_ = *p;
        const auto& q = p->quote;
        const bool add = kind_ == models::StakeOrder::Kind::Add;
        if (kind_ == models::StakeOrder::Kind::Move) {
            QString text = tr("You receive about: %1 α on subnet %2\nFee (origin leg): %3 α\n"
                              "Origin price: %4 TAO per α\nDestination price after: %5 TAO per α")
                               .arg(exact(q.amountOut))
                               .arg(o.destNetuid)
                               .arg(exact(q.fee), QString::number(q.priceBefore, 'f', 9),
                                    QString::number(q.priceAfter, 'f', 9));
            text += QLatin1Char('\n');
            text += o.moveHasLimit()
                        ? tr("Limit: origin/destination price ratio at least %1 (after the move: %2)")
                              .arg(QString::number(p->moveRatioLimit, 'f', 9),
                                   QString::number(p->moveRatioAfter, 'f', 9))
                        : tr("No limit: a move to another hotkey is not protected by a price limit.");
            previewLabel_->setText(text);
        } else {
            const QString in = add ? QStringLiteral("TAO") : QStringLiteral("α"),
                          out = add ? QStringLiteral("α") : QStringLiteral("TAO");
            previewLabel_->setText(
                tr("Rate: %1 %2 per %3\nYou receive about: %4 %2\nAt the spot price (no slippage): %5 %2\n"
                   "Fee: %6 %3\nPrice impact: %7\nLimit price: %8 TAO per α\nLargest amount within the "
                   "limit: %9 "
                   "%3")
                    .arg(QString::number(p->rate, 'f', 6), out, in, exact(q.amountOut),
                         exact(q.amountOutNoSlippage), exact(q.fee), models::formatPercent(q.priceImpact, 3),
                         QString::number(q.limitPrice, 'f', 9), exact(q.maxAmountInAtLimit)));
        }
    }
    auto ok = service_->check(o, account_);
    if (!ok) {
        error_->setText(QString::fromStdString(ok.error().message));
        return;
    }
    if (!p) {
        error_->setText(QString::fromStdString(p.error().message));
        return;
    }
    error_->clear();
    review_->setEnabled(true);
}

void StakeDialog::setAmountText(const QString& text) {
    amountEdit_->setText(text);
}

bool StakeDialog::selectNetuid(quint16 netuid) {
    const int i = subnet_->findData(netuid);
    if (i < 0)
        return false;
    subnet_->setCurrentIndex(i);
    return true;
}

void StakeDialog::setPercent(int percent) {
    if (percent_)
        percent_->setValue(percent);
}

QString StakeDialog::positionText() const {
    return balance_->text();
}

QString StakeDialog::validatorText() const {
    return validatorInfo_->text();
}

bool StakeDialog::selectDestNetuid(quint16 netuid) {
    const int i = destSubnet_ ? destSubnet_->findData(netuid) : -1;
    if (i < 0)
        return false;
    destSubnet_->setCurrentIndex(i);
    return true;
}

QString StakeDialog::errorText() const {
    return error_->text();
}
QString StakeDialog::previewText() const {
    return previewLabel_->text();
}
bool StakeDialog::canContinue() const {
    return review_->isEnabled();
}

} // namespace ui
