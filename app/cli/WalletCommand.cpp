// `wallet create|import|list|show|balance|transfer`: encrypted wallets under
// <data-dir>/wallets/<name>/. Secrets come from --password-file / --mnemonic-file or a prompt,
// never from arguments; only `create` ever prints a mnemonic (once, so it can be written down).
// `transfer --name NAME --to SS58 --tao AMOUNT [--allow-death]` sends TAO on any network.

#include "app/cli/Commands.h"
#include "app/cli/WalletSession.h"
#include "chainclient/crypto/WalletStore.h"
#include "chainclient/economics/Money.h"
#include "models/AmountParser.h"
#include "models/WalletService.h"

#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>

namespace app::cli {
namespace {

using chainclient::crypto::WalletInfo;
using chainclient::crypto::WalletStore;

QString takeName(CliContext& ctx, int* exitCode) {
    bool missing = false;
    QString name = ctx.takeOption(QStringLiteral("--name"), &missing);
    if (name.isNull() && !missing)
        name = ctx.takeOption(QStringLiteral("--wallet"), &missing);
    if (name.isNull() && !missing && !ctx.args.isEmpty() && !ctx.args.first().startsWith(QLatin1String("--")))
        name = ctx.args.takeFirst();
    if (name.isNull()) {
        *exitCode =
            fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("Name the wallet with --name NAME."));
        return QString();
    }
    if (!WalletStore::isValidName(name)) {
        *exitCode =
            fail(ctx, Usage, QStringLiteral("Usage"),
                 QStringLiteral("'%1' is not a valid wallet name (letters, digits, '-' and '_', up to 64).")
                     .arg(name));
        return QString();
    }
    return name;
}

bool noExtraArgs(CliContext& ctx, int* exitCode) {
    if (ctx.args.isEmpty())
        return true;
    *exitCode = fail(ctx, Usage, QStringLiteral("Usage"),
                     QStringLiteral("Unknown argument: %1").arg(ctx.args.first()));
    return false;
}

// Local: as the store last committed it. Elsewhere: as the node reports it now; unknown (null)
// when it cannot be reached, which is said on stderr.
std::optional<quint64> freeOf(const CliContext& ctx, const WalletInfo& w) {
    QString why;
    const auto a = ctx.network == QLatin1String("local") ? storedAccount(ctx, w.coldkeySs58)
                                                         : nodeAccount(ctx, w.coldkeySs58, &why);
    if (!why.isEmpty())
        std::fprintf(stderr, "warning: the balance of %s is unknown: %s\n", qPrintable(w.name),
                     qPrintable(why));
    if (!a)
        return std::nullopt;
    return a->free;
}

void printWallet(const CliContext& ctx, const WalletInfo& w, std::optional<quint64> free) {
    if (ctx.json)
        return printJson(walletJson(w, free));
    printLine(QStringLiteral("%1  %2%3")
                  .arg(w.name, w.coldkeySs58, w.watchOnly ? QStringLiteral("  (watch-only)") : QString()));
    for (const auto& h : w.hotkeys)
        printLine(QStringLiteral("  hotkey %1  %2").arg(h.name, h.ss58));
    if (free)
        printLine(QStringLiteral("  free %1 TAO").arg(QString::fromStdString(economics::formatUnits(*free))));
}

int create(CliContext& ctx, WalletStore& store) {
    int code = Ok;
    const QString name = takeName(ctx, &code);
    if (name.isNull())
        return code;
    bool missing = false;
    const QString wordsText = ctx.takeOption(QStringLiteral("--words"), &missing);
    const int words = wordsText.isNull() ? 12 : wordsText.toInt();
    if (missing || (words != 12 && words != 24))
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--words must be 12 or 24."));
    const auto password =
        readSecret(ctx, QStringLiteral("--password-file"), QStringLiteral("New wallet password: "), &code);
    if (!password)
        return code;
    if (!noExtraArgs(ctx, &code))
        return code;
    if (password->isEmpty())
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("The password must not be empty."));
    auto created = store.create(name, *password, words);
    if (!created)
        return failWith(ctx, created.error());
    if (ctx.json) {
        QJsonObject o = walletJson(created->wallet, std::nullopt);
        o.insert(QStringLiteral("mnemonic"), created->mnemonic);
        printJson(o);
    } else {
        printWallet(ctx, created->wallet, std::nullopt);
        printLine(QStringLiteral("mnemonic (shown once — write it down): %1").arg(created->mnemonic));
    }
    return Ok;
}

int import(CliContext& ctx, WalletStore& store) {
    int code = Ok;
    const QString name = takeName(ctx, &code);
    if (name.isNull())
        return code;
    const auto phrase =
        readSecret(ctx, QStringLiteral("--mnemonic-file"), QStringLiteral("Mnemonic: "), &code);
    if (!phrase)
        return code;
    const auto password =
        readSecret(ctx, QStringLiteral("--password-file"), QStringLiteral("New wallet password: "), &code);
    if (!password)
        return code;
    if (!noExtraArgs(ctx, &code))
        return code;
    if (password->isEmpty())
        return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("The password must not be empty."));
    auto imported = store.importMnemonic(name, phrase->simplified(), *password);
    if (!imported)
        return failWith(ctx, imported.error());
    printWallet(ctx, *imported, freeOf(ctx, *imported));
    return Ok;
}

int transfer(CliContext& ctx, WalletStore& store) {
    int code = Ok;
    const QString name = takeName(ctx, &code);
    if (name.isNull())
        return code;
    bool missing = false;
    models::TransferOrder order;
    order.destination = ctx.takeOption(QStringLiteral("--to"), &missing);
    const QString tao = ctx.takeOption(QStringLiteral("--tao"), &missing);
    order.keepAlive = !ctx.takeFlag(QStringLiteral("--allow-death"));
    if (missing || order.destination.isNull() || tao.isNull())
        return fail(
            ctx, Usage, QStringLiteral("Usage"),
            QStringLiteral("usage: wallet transfer --name NAME --to SS58 --tao AMOUNT [--allow-death]"));
    const auto amount = parsePositiveAmount(ctx, tao, u"TAO", &code);
    if (!amount)
        return code;
    order.amount = *amount;
    auto wallet = store.load(name);
    if (!wallet)
        return failWith(ctx, wallet.error());
    if (wallet->watchOnly)
        return fail(ctx, Refused, QStringLiteral("WatchOnly"),
                    QStringLiteral("Wallet %1 is watch-only and cannot sign.").arg(name));
    const auto password = readSecret(ctx, QStringLiteral("--password-file"),
                                     QStringLiteral("Password for %1: ").arg(name), &code);
    if (!password)
        return code;
    if (!noExtraArgs(ctx, &code))
        return code;
    // The address is checked before the password is even tried.
    models::WalletService offline(nullptr);
    if (auto call = offline.buildTransferCall(order); !call)
        return failWith(ctx, call.error());
    auto key = store.unlockColdkey(name, *password);
    if (!key)
        return failWith(ctx, key.error());

    WalletSession session(ctx);
    if (!session.start(&code))
        return code;
    const auto account = session.readAccount(wallet->coldkeySs58, &code);
    if (!account)
        return code;
    auto prepared = session.wallet().prepareTransfer(order, *account);
    if (!prepared)
        return failWith(ctx, prepared.error());
    const auto networkFee = session.estimateFee(*prepared, wallet->coldkeySs58, &code);
    if (!networkFee)
        return code;
    prepared = session.wallet().prepareTransfer(order, *account); // now counting the fee
    if (!prepared)
        return failWith(ctx, prepared.error());
    const QByteArray extrinsic = models::WalletService::signPrepared(*prepared, *key).extrinsic;
    auto result = session.runAndCommit([&] { session.wallet().submit(extrinsic); }, true, &code);
    if (!result)
        return code;
    const auto after = session.readAccount(wallet->coldkeySs58, &code);
    if (!after)
        return code;
    if (ctx.json) {
        printJson(QJsonObject{{QStringLiteral("block"), static_cast<qint64>(result->block)},
                              {QStringLiteral("tao"), static_cast<qint64>(order.amount)},
                              {QStringLiteral("network_fee"), static_cast<qint64>(*networkFee)},
                              {QStringLiteral("balance"), static_cast<qint64>(after->free)}});
    } else {
        printLine(QStringLiteral("sent %1 TAO to %2 in block %3; network fee %4 TAO; balance %5 TAO")
                      .arg(QString::fromStdString(economics::formatUnits(order.amount)),
                           order.destination.trimmed())
                      .arg(result->block)
                      .arg(QString::fromStdString(economics::formatUnits(*networkFee)),
                           QString::fromStdString(economics::formatUnits(after->free))));
    }
    return Ok;
}

} // namespace

int commandWallet(CliContext& ctx) {
    if (ctx.args.isEmpty())
        return fail(ctx, Usage, QStringLiteral("Usage"),
                    QStringLiteral("usage: wallet create|import|list|show|balance|transfer …"));
    const QString sub = ctx.args.takeFirst();
    WalletStore store(ctx.paths().dataDir());
    int code = Ok;
    if (sub == QLatin1String("create"))
        return create(ctx, store);
    if (sub == QLatin1String("import"))
        return import(ctx, store);
    if (sub == QLatin1String("transfer"))
        return transfer(ctx, store);
    if (sub == QLatin1String("list")) {
        if (!noExtraArgs(ctx, &code))
            return code;
        QJsonArray all;
        for (const auto& w : store.list()) {
            if (ctx.json)
                all.append(walletJson(w, freeOf(ctx, w)));
            else
                printWallet(ctx, w, freeOf(ctx, w));
        }
        if (ctx.json)
            printJson(all);
        return Ok;
    }
    if (sub == QLatin1String("show") || sub == QLatin1String("balance")) {
        const QString name = takeName(ctx, &code);
        if (name.isNull())
            return code;
        if (!noExtraArgs(ctx, &code))
            return code;
        auto w = store.load(name);
        if (!w)
            return failWith(ctx, w.error());
        printWallet(ctx, *w, freeOf(ctx, *w));
        return Ok;
    }
    return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("Unknown wallet command '%1'.").arg(sub));
}

} // namespace app::cli
