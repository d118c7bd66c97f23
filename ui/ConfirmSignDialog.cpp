#include "ui/ConfirmSignDialog.h"

#include "chainclient/crypto/Ss58.h"
#include "chainclient/economics/Money.h"
#include "models/Format.h"
#include "models/NetworkProfile.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ui {
namespace {

using chainclient::subtensor::CallKind;

QString exact(quint64 rao) {
    return QString::fromStdString(economics::formatUnits(rao));
}
QString address(const QByteArray& raw) {
    return raw.size() == 32 ? chainclient::crypto::Ss58::encode(raw) : QString();
}
QString hex(const QByteArray& b) {
    return QStringLiteral("0x") + QString::fromLatin1(b.toHex());
}

// Which money the signature moves, named so nobody signs on finney thinking it is a test.
QString warningFor(const QString& network) {
    const auto profile = models::NetworkProfile::parse(network);
    if (!profile || profile->isLocal())
        return QString();
    if (profile->name() == QLatin1String("test"))
        return ConfirmSignDialog::tr("You are signing on %1 (testnet): test TAO without market value.")
            .arg(profile->name());
    if (profile->kind() == models::NetworkProfile::Kind::Custom)
        return ConfirmSignDialog::tr("You are signing on %1: a node you chose. If it serves finney, this is "
                                     "real TAO.")
            .arg(profile->name());
    return ConfirmSignDialog::tr("You are signing on %1: real TAO.").arg(profile->name());
}

bool hasLimit(CallKind k) {
    return k == CallKind::AddStakeLimit || k == CallKind::RemoveStakeLimit || k == CallKind::SwapStakeLimit;
}

} // namespace

ConfirmSignDialog::ConfirmSignDialog(const models::SignedOrder& prepared, const QString& signerSs58,
                                     const std::optional<models::StakePreview>& preview, QWidget* parent,
                                     const QString& network)
    : QDialog(parent) {
    setObjectName(QStringLiteral("confirmSignDialog"));
    const QString warning = warningFor(network);
    setWindowTitle(warning.isEmpty() ? tr("Confirm and sign") : tr("Confirm and sign on %1").arg(network));
    network_ = new QLabel(warning, this);
    network_->setObjectName(QStringLiteral("networkWarning"));
    network_->setTextFormat(Qt::PlainText);
    network_->setWordWrap(true);
    network_->setStyleSheet(QStringLiteral("QLabel { color: #b00020; font-weight: bold; padding: 6px; "
                                           "border: 1px solid #b00020; border-radius: 4px; }"));
    network_->setVisible(!warning.isEmpty());
    const auto& c = prepared.call;
    QString what;
    switch (c.kind) {
    case CallKind::AddStake:
    case CallKind::AddStakeLimit:
        what = tr("Stake %1 TAO on subnet %2 with hotkey %3.")
                   .arg(exact(c.amount))
                   .arg(c.netuid)
                   .arg(address(c.hotkey));
        break;
    case CallKind::RemoveStake:
    case CallKind::RemoveStakeLimit:
        what = tr("Unstake %1 α from subnet %2, hotkey %3.")
                   .arg(exact(c.amount))
                   .arg(c.netuid)
                   .arg(address(c.hotkey));
        break;
    case CallKind::SwapStake:
    case CallKind::SwapStakeLimit:
        what = tr("Move %1 α from subnet %2 to subnet %3, hotkey %4.")
                   .arg(exact(c.amount))
                   .arg(c.netuid)
                   .arg(c.destNetuid)
                   .arg(address(c.hotkey));
        break;
    case CallKind::TransferKeepAlive:
    case CallKind::TransferAllowDeath:
        what = (c.kind == CallKind::TransferKeepAlive ? tr("Send %1 TAO to %2 (keeping this account alive).")
                                                      : tr("Send %1 TAO to %2."))
                   .arg(exact(c.amount), address(c.destination));
        break;
    case CallKind::TransferStake:
        what = tr("Give %1 α of subnet %2 (hotkey %3) to coldkey %4 on subnet %5.")
                   .arg(exact(c.amount))
                   .arg(c.netuid)
                   .arg(address(c.hotkey), address(c.destination))
                   .arg(c.destNetuid);
        break;
    case CallKind::MoveStake:
        what = tr("Move %1 α from subnet %2 (hotkey %3) to subnet %4 (hotkey %5).")
                   .arg(exact(c.amount))
                   .arg(c.netuid)
                   .arg(address(c.hotkey))
                   .arg(c.destNetuid)
                   .arg(address(c.destination));
        break;
    default:
        what = tr("%1 with %2 rao.")
                   .arg(QString::fromLatin1(chainclient::subtensor::callKindName(c.kind)))
                   .arg(c.amount);
        break;
    }
    QStringList lines{what, tr("Signed by %1").arg(signerSs58)};
    if (c.kind == CallKind::SwapStakeLimit)
        lines << tr("Limit: origin/destination price ratio at least %1 (all or nothing)")
                     .arg(QString::number(chainclient::subtensor::limitPriceFromRao(c.limitPrice), 'f', 9));
    else if (hasLimit(c.kind))
        lines << tr("Limit price: %1 TAO per α (%2)")
                     .arg(QString::number(chainclient::subtensor::limitPriceFromRao(c.limitPrice), 'f', 9),
                          c.allowPartial ? tr("a partial fill is allowed") : tr("all or nothing"));
    // The node's own estimate for these bytes; 0 on the local network, which charges none.
    lines << tr("Network fee: %1 TAO, paid from the free balance").arg(exact(prepared.fee));
    if (preview) {
        // A stake buys Alpha with TAO; an unstake or a move sells Alpha first, so its pool fee is
        // in Alpha, and a move ends in Alpha on the destination subnet.
        const bool buys = c.kind == CallKind::AddStake || c.kind == CallKind::AddStakeLimit;
        const bool sells = c.kind == CallKind::RemoveStake || c.kind == CallKind::RemoveStakeLimit;
        const QString tao = QStringLiteral("TAO"), alpha = QStringLiteral("α");
        // Off the local network the synced pool may lag the chain: the node's quote follows below.
        const QString expected = !warning.isEmpty() && (buys || sells)
                                     ? tr("Estimate from the synced pool: about %1 %2 out, pool fee %3 %4, price impact %5")
                                     : tr("Expected: about %1 %2 out, pool fee %3 %4, price impact %5");
        lines << expected.arg(exact(preview->quote.amountOut), sells ? tao : alpha, exact(preview->quote.fee),
                              buys ? tao : alpha, models::formatPercent(preview->quote.priceImpact, 3));
    }
    summary_ = new QLabel(lines.join(QLatin1Char('\n')), this);
    summary_->setObjectName(QStringLiteral("summary"));
    summary_->setTextFormat(Qt::PlainText);
    summary_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    nodeQuote_ = new QLabel(this);
    nodeQuote_->setObjectName(QStringLiteral("nodeQuote"));
    nodeQuote_->setTextFormat(Qt::PlainText);
    nodeQuote_->setWordWrap(true);
    nodeQuote_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    nodeQuote_->setVisible(false);

    const auto& ctx = prepared.context;
    const QByteArray callData = c.encode();
    QStringList adv;
    adv << tr("call: %1").arg(QString::fromLatin1(chainclient::subtensor::callKindName(c.kind)));
    adv << tr("call data: %1").arg(hex(callData));
    if (hasLimit(c.kind))
        adv << tr("limit_price: %1 rao per α").arg(c.limitPrice);
    adv << (ctx.era.isImmortal() ? tr("era: immortal")
                                 : tr("era: mortal, period %1, phase %2 (valid for %1 blocks)")
                                       .arg(ctx.era.period())
                                       .arg(ctx.era.phase()));
    adv << tr("nonce: %1").arg(ctx.nonce) << tr("tip: %1 rao").arg(ctx.tip);
    adv << tr("fee: %1 rao network fee (the node's estimate for these bytes) from the free balance; swap fee as previewed")
               .arg(prepared.fee);
    adv << tr("spec version: %1, transaction version: %2").arg(ctx.specVersion).arg(ctx.transactionVersion);
    adv << tr("genesis: %1").arg(hex(ctx.genesisHash))
        << tr("era birth block hash: %1").arg(hex(ctx.birthHash));
    adv << tr("signing payload: %1")
               .arg(hex(chainclient::subtensor::Extrinsic::signingPayload(callData, ctx)));
    advanced_ = new QPlainTextEdit(adv.join(QLatin1Char('\n')), this);
    advanced_->setObjectName(QStringLiteral("advanced"));
    advanced_->setReadOnly(true);
    advanced_->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    advanced_->setMinimumHeight(180);
    advanced_->setVisible(false);
    toggle_ = new QToolButton(this);
    toggle_->setObjectName(QStringLiteral("toggleAdvanced"));
    toggle_->setText(tr("Advanced details"));
    toggle_->setCheckable(true);
    toggle_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toggle_->setArrowType(Qt::RightArrow);
    connect(toggle_, &QToolButton::toggled, this, &ConfirmSignDialog::setAdvancedVisible);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* sign =
        buttons->addButton(warning.isEmpty() ? tr("Sign and send") : tr("Sign and send on %1").arg(network),
                           QDialogButtonBox::AcceptRole);
    sign->setObjectName(QStringLiteral("sign"));
    sign_ = sign;
    if (!warning.isEmpty()) {
        // Real money: Enter must not sign by accident.
        sign->setAutoDefault(false);
        buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(network_);
    layout->addWidget(summary_);
    layout->addWidget(nodeQuote_);
    layout->addWidget(toggle_);
    layout->addWidget(advanced_);
    layout->addWidget(buttons);
    resize(720, sizeHint().height());
}

void ConfirmSignDialog::setAdvancedVisible(bool visible) {
    advanced_->setVisible(visible);
    toggle_->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    if (toggle_->isChecked() != visible)
        toggle_->setChecked(visible);
}

void ConfirmSignDialog::setNodeQuotePending() {
    nodeQuote_->setStyleSheet(QString());
    nodeQuote_->setText(tr("Getting the node's quote…"));
    nodeQuote_->setVisible(true);
    sign_->setEnabled(false);
    fitHeight();
}

void ConfirmSignDialog::showNodeQuote(const chainclient::SwapQuote& q, const QString& problem) {
    const QString tao = QStringLiteral("TAO"), alpha = QStringLiteral("α");
    QStringList lines;
    if (q.ok) {
        const bool buys = q.buys();
        lines << tr("The node's quote at block %1: %2 %3 out for %4 %5 in, pool fee %6 %7.")
                     .arg(q.block)
                     .arg(exact(q.amountOut()), buys ? alpha : tao, exact(q.amountIn()), buys ? tao : alpha,
                          exact(q.fee()), buys ? tao : alpha);
        if (q.priceBefore > 0)
            lines << tr("Price on the node before the trade: %1 TAO per α.").arg(QString::number(q.priceBefore, 'f', 9));
    } else {
        lines << tr("The node could not quote this trade: %1").arg(q.message.isEmpty() ? q.errorCode : q.message)
              << tr("The figures above are Subnetscope's estimate from the synced pool, not the node's; the chain "
                    "may give a little more or less.");
    }
    if (!problem.isEmpty())
        lines << problem;
    nodeQuote_->setText(lines.join(QLatin1Char('\n')));
    nodeQuote_->setStyleSheet(problem.isEmpty() ? QString() : QStringLiteral("QLabel { color: #b00020; }"));
    nodeQuote_->setVisible(true);
    sign_->setEnabled(problem.isEmpty());
    fitHeight();
}

void ConfirmSignDialog::fitHeight() {
    // A top-level window does not grow by itself for a word-wrapped label's extra lines.
    layout()->activate();
    const int h = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (h > height())
        resize(width(), h);
}

QString ConfirmSignDialog::nodeQuoteText() const {
    return nodeQuote_->isVisible() || !nodeQuote_->text().isEmpty() ? nodeQuote_->text() : QString();
}

bool ConfirmSignDialog::canSign() const {
    return sign_->isEnabled();
}

QString ConfirmSignDialog::networkWarning() const {
    return network_->text();
}

QString ConfirmSignDialog::summaryText() const {
    return summary_->text();
}
QString ConfirmSignDialog::advancedText() const {
    return advanced_->toPlainText();
}

} // namespace ui
