// `faucet --wallet NAME [--amount TAO]`: local network only, credits test TAO to the wallet's
// coldkey in the next block and waits until the store has committed it.

#include "app/cli/Commands.h"
#include "app/cli/WalletSession.h"
#include "chainclient/economics/Money.h"
#include "chainclient/local/LocalNode.h"

#include <QJsonObject>

namespace app::cli {

int commandFaucet(CliContext& ctx) {
    if (ctx.network != QLatin1String("local"))
        return fail(ctx, Usage, QStringLiteral("Usage"),
                    QStringLiteral("The faucet exists only on the local network; on %1, fund the wallet "
                                   "by sending TAO to it from another account.")
                        .arg(ctx.network));
    bool missing = false;
    const QString name = ctx.takeOption(QStringLiteral("--wallet"), &missing);
    const QString amountText = ctx.takeOption(QStringLiteral("--amount"), &missing);
    if (missing || name.isNull())
        return fail(ctx, Usage, QStringLiteral("Usage"),
                    QStringLiteral("usage: faucet --wallet NAME [--amount TAO]"));
    if (!ctx.args.isEmpty())
        return fail(ctx, Usage, QStringLiteral("Usage"),
                    QStringLiteral("Unknown argument: %1").arg(ctx.args.first()));
    quint64 rao = 100 * economics::kRaoPerTao;
    if (!amountText.isNull()) {
        int code = Ok;
        const auto parsed = parsePositiveAmount(ctx, amountText, u"TAO", &code);
        if (!parsed)
            return code;
        rao = *parsed;
    }
    chainclient::crypto::WalletStore store(ctx.paths().dataDir());
    auto wallet = store.load(name);
    if (!wallet)
        return failWith(ctx, wallet.error());

    WalletSession session(ctx);
    int code = Ok;
    if (!session.start(&code))
        return code;
    const QString address = wallet->coldkeySs58;
    auto result = session.runAndCommit([&] { session.node()->faucet(address, rao); }, false, &code);
    if (!result)
        return code;
    const auto account = storedAccount(ctx, address);
    const quint64 balance = account ? account->free : 0;
    if (ctx.json) {
        printJson(QJsonObject{{QStringLiteral("block"), static_cast<qint64>(result->block)},
                              {QStringLiteral("balance"), static_cast<qint64>(balance)}});
    } else {
        printLine(QStringLiteral("funded %1 with %2 TAO in block %3; balance %4 TAO")
                      .arg(address, QString::fromStdString(economics::formatUnits(rao)))
                      .arg(result->block)
                      .arg(QString::fromStdString(economics::formatUnits(balance))));
    }
    return Ok;
}

} // namespace app::cli
