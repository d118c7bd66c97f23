// `stake add|remove|move|list`: signed staking calls from an encrypted wallet, on the local
// network or any other (finney, test, ws://…: signed here, sent to that node). Safe staking is on by default
// (limit = price × (1 ± tolerance), tolerance 0.005);
// --limit-price sets it directly, --no-limit sends the plain call, --partial allows partial fills.

#include "app/cli/Commands.h"
#include "app/cli/WalletSession.h"
#include "chainclient/economics/Money.h"
#include "chainclient/local/LocalNode.h"
#include "models/AmountParser.h"
#include "models/WalletService.h"
#include "models/store/StoreQueries.h"

#include <QJsonArray>
#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

namespace app::cli {
namespace {

using models::StakeOrder;

struct Parsed {
    QString wallet;
    StakeOrder order;
};

bool parseNetuid(const QString& text, quint16* out) {
    bool ok = false;
    const uint v = text.toUInt(&ok);
    if (!ok || v > 65535)
        return false;
    *out = static_cast<quint16>(v);
    return true;
}

int usage(CliContext& ctx, const QString& message) {
    return fail(ctx, Usage, QStringLiteral("Usage"), message);
}

int list(CliContext& ctx, const QString& walletName) {
    chainclient::crypto::WalletStore store(ctx.paths().dataDir());
    auto wallet = store.load(walletName);
    if (!wallet)
        return failWith(ctx, wallet.error());
    QString why;
    const auto account = ctx.network == QLatin1String("local") ? storedAccount(ctx, wallet->coldkeySs58)
                                                               : nodeAccount(ctx, wallet->coldkeySs58, &why);
    if (!account && !why.isEmpty())
        return fail(ctx, NodeOrIo, QStringLiteral("NodeFailed"), why);
    if (!account)
        return fail(ctx, NodeOrIo, QStringLiteral("StoreUnreadable"),
                    QStringLiteral("The local store has no chain state yet; run `sim` or `faucet` first."));
    models::WalletService ws(nullptr);
    ws.setSubnets(models::StoreQueries::latestSubnets(ctx.storePath()));
    QJsonArray rows;
    for (const auto& p : ws.positions(*account)) {
        if (ctx.json) {
            rows.append(QJsonObject{{QStringLiteral("netuid"), p.netuid},
                                    {QStringLiteral("hotkey"), p.hotkey},
                                    {QStringLiteral("alpha"), static_cast<qint64>(p.alpha)},
                                    {QStringLiteral("spot_value"), static_cast<qint64>(p.spotValue)},
                                    {QStringLiteral("exit_value"), static_cast<qint64>(p.exitValue)}});
        } else {
            printLine(QStringLiteral("%1  %2  %3 α  spot %4 TAO  exit %5 TAO")
                          .arg(p.netuid, 5)
                          .arg(p.hotkey)
                          .arg(QString::fromStdString(economics::formatUnits(p.alpha)))
                          .arg(QString::fromStdString(economics::formatUnits(p.spotValue)))
                          .arg(QString::fromStdString(economics::formatUnits(p.exitValue))));
        }
    }
    if (ctx.json)
        printJson(rows);
    return Ok;
}

quint64 held(const chainclient::AccountState& a, quint16 netuid, const QString& hotkey) {
    quint64 sum = 0;
    for (const auto& p : a.positions)
        if (p.netuid == netuid && p.hotkey == hotkey)
            sum += p.alpha;
    return sum;
}

quint64 gain(quint64 from, quint64 to) {
    return to > from ? to - from : 0;
}

// What the chain applied, read off the account: TAO spent or received, Alpha gained or sold.
// `networkFee` left the free balance too; it is not part of the staked or received TAO.
void fillFromAccounts(const StakeOrder& order, const chainclient::AccountState& before,
                      const chainclient::AccountState& after, quint64 networkFee, chainclient::SubmitResult* r) {
    const QString hotkey = order.hotkey.trimmed();
    switch (order.kind) {
    case StakeOrder::Kind::Add:
        r->tao = gain(networkFee, gain(after.free, before.free));
        r->alpha = gain(held(before, order.netuid, hotkey), held(after, order.netuid, hotkey));
        break;
    case StakeOrder::Kind::Remove:
        r->tao = gain(before.free, after.free + networkFee);
        r->alpha = gain(held(after, order.netuid, hotkey), held(before, order.netuid, hotkey));
        break;
    case StakeOrder::Kind::Move: {
        const QString dest = order.destHotkey.isEmpty() ? hotkey : order.destHotkey.trimmed();
        r->alpha = gain(held(before, order.destNetuid, dest), held(after, order.destNetuid, dest));
        break;
    }
    }
}

} // namespace

int commandStake(CliContext& ctx) {
    if (ctx.args.isEmpty())
        return usage(ctx, QStringLiteral("usage: stake add|remove|move|list --wallet NAME …"));
    const QString sub = ctx.args.takeFirst();
    bool missing = false;
    const QString walletName = ctx.takeOption(QStringLiteral("--wallet"), &missing);
    if (missing || walletName.isNull())
        return usage(ctx, QStringLiteral("stake %1 needs --wallet NAME.").arg(sub));
    if (sub == QLatin1String("list")) {
        if (!ctx.args.isEmpty())
            return usage(ctx, QStringLiteral("Unknown argument: %1").arg(ctx.args.first()));
        return list(ctx, walletName);
    }
    StakeOrder order;
    if (sub == QLatin1String("add"))
        order.kind = StakeOrder::Kind::Add;
    else if (sub == QLatin1String("remove"))
        order.kind = StakeOrder::Kind::Remove;
    else if (sub == QLatin1String("move"))
        order.kind = StakeOrder::Kind::Move;
    else
        return usage(ctx, QStringLiteral("Unknown stake command '%1'.").arg(sub));

    const QString netuid = ctx.takeOption(QStringLiteral("--netuid"), &missing);
    const QString hotkey = ctx.takeOption(QStringLiteral("--hotkey"), &missing);
    const QString tao = ctx.takeOption(QStringLiteral("--tao"), &missing);
    const QString alpha = ctx.takeOption(QStringLiteral("--alpha"), &missing);
    const QString tolerance = ctx.takeOption(QStringLiteral("--tolerance"), &missing);
    const QString limit = ctx.takeOption(QStringLiteral("--limit-price"), &missing);
    const QString destNetuid = ctx.takeOption(QStringLiteral("--dest-netuid"), &missing);
    const QString destHotkey = ctx.takeOption(QStringLiteral("--dest-hotkey"), &missing);
    order.allowPartial = ctx.takeFlag(QStringLiteral("--partial"));
    order.useLimit = !ctx.takeFlag(QStringLiteral("--no-limit"));
    if (missing)
        return usage(ctx, QStringLiteral("An option of stake %1 is missing its value.").arg(sub));
    if (netuid.isNull() || !parseNetuid(netuid, &order.netuid))
        return usage(ctx, QStringLiteral("--netuid N is required (0–65535)."));
    const bool add = order.kind == StakeOrder::Kind::Add;
    const QString amountText = add ? tao : alpha;
    if (amountText.isNull() || !(add ? alpha : tao).isNull())
        return usage(ctx, add ? QStringLiteral("stake add takes --tao AMOUNT.")
                              : QStringLiteral("stake %1 takes --alpha AMOUNT.").arg(sub));
    int code = Ok;
    const auto amount = parsePositiveAmount(ctx, amountText, add ? u"TAO" : u"Alpha", &code);
    if (!amount)
        return code;
    order.amount = *amount;
    if (!tolerance.isNull()) {
        bool ok = false;
        order.tolerance = tolerance.toDouble(&ok);
        if (!ok || order.tolerance < 0 || order.tolerance >= 1)
            return usage(ctx,
                         QStringLiteral("--tolerance must be a fraction in [0, 1), e.g. 0.005 for 0.5 %."));
    }
    if (!limit.isNull()) {
        bool ok = false;
        const double p = limit.toDouble(&ok);
        if (!ok || !(p > 0))
            return usage(ctx, QStringLiteral("--limit-price must be a positive price in TAO per Alpha."));
        order.limitPrice = p;
    }
    if (order.kind == StakeOrder::Kind::Move) {
        if (destNetuid.isNull() || !parseNetuid(destNetuid, &order.destNetuid))
            return usage(ctx, QStringLiteral("stake move needs --dest-netuid N."));
        order.destHotkey = destHotkey;
    } else if (!destNetuid.isNull() || !destHotkey.isNull()) {
        return usage(ctx, QStringLiteral("--dest-netuid and --dest-hotkey belong to stake move."));
    }

    chainclient::crypto::WalletStore store(ctx.paths().dataDir());
    auto wallet = store.load(walletName);
    if (!wallet)
        return failWith(ctx, wallet.error());
    if (wallet->watchOnly)
        return fail(ctx, Refused, QStringLiteral("WatchOnly"),
                    QStringLiteral("Wallet %1 is watch-only and cannot sign.").arg(walletName));
    const auto password = readSecret(ctx, QStringLiteral("--password-file"),
                                     QStringLiteral("Password for %1: ").arg(walletName), &code);
    if (!password)
        return code;
    if (!ctx.args.isEmpty())
        return usage(ctx, QStringLiteral("Unknown argument: %1").arg(ctx.args.first()));
    auto key = store.unlockColdkey(walletName, *password);
    if (!key)
        return failWith(ctx, key.error());

    WalletSession session(ctx);
    if (!session.start(&code))
        return code;
    if (hotkey.isNull()) {
        // Default: the subnet owner's hotkey, always registered as UID 0.
        const auto* s = session.wallet().subnet(order.netuid);
        if (!s)
            return fail(ctx, Refused, QStringLiteral("SubnetNotFound"),
                        QStringLiteral("There is no subnet %1.").arg(order.netuid));
        order.hotkey = s->ownerHotkey;
    } else {
        order.hotkey = hotkey;
    }
    if (order.kind == StakeOrder::Kind::Move && order.destHotkey.isEmpty()) {
        const auto* d = session.wallet().subnet(order.destNetuid);
        if (d && order.destNetuid != order.netuid)
            order.destHotkey = d->ownerHotkey;
    }
    // A remote node reports only the inclusion block; the amounts come from the account before
    // and after, the fee from the chain's pool code on the pools the order was checked against.
    std::optional<chainclient::AccountState> before;
    std::optional<models::StakePreview> preview;
    if (session.remote()) {
        before = session.readAccount(wallet->coldkeySs58, &code);
        if (!before)
            return code;
        // The node's own quote (sim_swap) for the checks and the fee shown; without one the
        // synced pool's estimate stands.
        if (session.wallet().requestSwapQuote(order)) {
            QEventLoop loop;
            QObject::connect(&session.wallet(), &models::WalletService::swapQuoteReady, &loop,
                             [&](const chainclient::SwapQuote& q) {
                                 if (q.ok)
                                     session.wallet().setNodeQuote(q);
                                 loop.quit();
                             });
            QTimer::singleShot(20'000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (auto p = session.wallet().preview(order))
            preview = *p;
    }
    // execute() asks the node for the signed bytes' network fee and checks the balance covers it.
    quint64 networkFee = 0;
    const auto feeSeen = QObject::connect(&session.wallet(), &models::WalletService::signedOrder, &session.wallet(),
                                          [&networkFee](const models::SignedOrder& so) { networkFee = so.fee; });
    auto result = session.runAndCommit([&] { session.wallet().execute(order, *key); }, true, &code);
    QObject::disconnect(feeSeen);
    if (!result)
        return code;
    if (before && result->tao == 0 && result->alpha == 0) {
        const auto after = session.readAccount(wallet->coldkeySs58, &code);
        if (!after)
            return code;
        fillFromAccounts(order, *before, *after, networkFee, &*result);
        // Included but nothing moved: the call failed when the block ran it (the nonce and any
        // fee are spent, the stake is not), e.g. the price had moved past the limit by then.
        if (result->tao == 0 && result->alpha == 0)
            return fail(ctx, Refused, QStringLiteral("ExtrinsicFailed"),
                        QStringLiteral("Block %1 includes the transaction, but the chain did not apply it "
                                       "(no balance or stake changed); the price may have moved past the "
                                       "limit. Check `stake list` before trying again.")
                            .arg(result->block));
        if (preview)
            result->fee = preview->quote.fee;
        const quint16 priced = order.kind == StakeOrder::Kind::Move ? order.destNetuid : order.netuid;
        for (const auto& s : models::StoreQueries::latestSubnets(ctx.storePath()))
            if (s.netuid == priced && result->priceAfter == 0)
                result->priceAfter = s.price;
    }
    if (ctx.json) {
        printJson(QJsonObject{{QStringLiteral("block"), static_cast<qint64>(result->block)},
                              {QStringLiteral("tao"), static_cast<qint64>(result->tao)},
                              {QStringLiteral("alpha"), static_cast<qint64>(result->alpha)},
                              {QStringLiteral("fee"), static_cast<qint64>(result->fee)},
                              {QStringLiteral("price_after"), result->priceAfter}});
    } else {
        printLine(QStringLiteral("stake %1 included in block %2: %3 TAO, %4 α, fee %5, price after %6, "
                                 "network fee %7 TAO")
                      .arg(sub)
                      .arg(result->block)
                      .arg(QString::fromStdString(economics::formatUnits(result->tao)))
                      .arg(QString::fromStdString(economics::formatUnits(result->alpha)))
                      .arg(QString::fromStdString(economics::formatUnits(result->fee)))
                      .arg(result->priceAfter, 0, 'g', 9)
                      .arg(QString::fromStdString(economics::formatUnits(networkFee))));
    }
    return Ok;
}

} // namespace app::cli
