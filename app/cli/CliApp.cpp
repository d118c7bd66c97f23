#include "app/cli/CliApp.h"

#include "app/AppLogging.h"
#include "app/CaFile.h"
#include "app/cli/CliContext.h"
#include "app/cli/Commands.h"

#include <QJsonObject>

namespace app::cli {
namespace {

const char* const kUsage =
    "usage: subnetscope-cli [--network local|finney|test|ws(s)://URL] [--ca-file PEM] [--data-dir DIR] [--json]\n"
    "                       [--log-level L] COMMAND ...\n"
    "commands:\n"
    "  version                         version and build info\n"
    "  sim [--blocks N | --days N | --to-block N] [--seed S]\n"
    "                                  advance the embedded chain and sync it into the store\n"
    "  status                          where the store and the node stand\n"
    "  subnets                         every subnet from the store\n"
    "  sync [--follow] [--block-time MS]\n"
    "                                  sync the store from the network's node (--follow: keep following)\n"
    "  history NETUID [--from B] [--to B] [--interval 5m|1h|4h|1d|1w]\n"
    "                                  Alpha price candles (OHLC + TAO volume)\n"
    "  metagraph NETUID                per-UID table at the newest stored epoch\n"
    "  quote stake --tao AMOUNT | quote unstake --alpha AMOUNT  (--netuid N | --pool tao=RAO,alpha=RAO[,weight=W][,fee=F])\n"
    "        [--tolerance T]           what a trade would do now (fee, output, price impact, limit)\n"
    "  epoch --input FILE              run Yuma Consensus on JSON stakes and weights\n"
    "  wallet create|import|list|show|balance [--name NAME] [--password-file F] [--mnemonic-file F]\n"
    "                                  encrypted wallets (secrets never as arguments)\n"
    "  wallet transfer --name NAME --to SS58 --tao AMOUNT [--allow-death]\n"
    "                                  send TAO (signed; on any network)\n"
    "  faucet --wallet NAME [--amount TAO]   local network: fund a wallet\n"
    "  stake add|remove|move|list --wallet NAME --netuid N [--hotkey SS58] (--tao|--alpha AMOUNT)\n"
    "        [--tolerance T | --limit-price P | --no-limit] [--partial] [--dest-netuid M --dest-hotkey SS58]\n"
    "                                  signed calls on any network; on finney they move real TAO\n"
    "  node --rpc 127.0.0.1:PORT [--paused] [--block-time MS] [--keep-blocks N]\n"
    "                                  serve the embedded chain over JSON-RPC (WebSocket) on loopback\n";

} // namespace

int runCli(const QStringList& arguments) {
    CliContext ctx;
    QStringList rest = arguments.mid(1);
    // Global options may stand before or after the command.
    for (int i = 0; i < rest.size();) {
        const QString& a = rest[i];
        auto takeValue = [&](QString& into) -> bool {
            if (i + 1 >= rest.size()) return false;
            into = rest[i + 1];
            rest.remove(i, 2);
            return true;
        };
        if (a == QLatin1String("--json")) {
            ctx.json = true;
            rest.removeAt(i);
        } else if (a == QLatin1String("--network")) {
            if (!takeValue(ctx.network)) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--network needs a value."));
        } else if (a == QLatin1String("--data-dir")) {
            if (!takeValue(ctx.dataDir)) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--data-dir needs a folder."));
        } else if (a == QLatin1String("--ca-file")) {
            if (!takeValue(ctx.caFile)) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--ca-file needs a PEM file."));
        } else if (a == QLatin1String("--log-level")) {
            if (!takeValue(ctx.logLevel)) return fail(ctx, Usage, QStringLiteral("Usage"), QStringLiteral("--log-level needs a level."));
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            std::fputs(kUsage, stdout);
            return Ok;
        } else {
            ++i;
        }
    }
    // Checked once every global is read, so a --json after it still shapes the error.
    if (QString why; !ctx.caFile.isEmpty() && !caFileReadable(ctx.caFile, &why))
        return fail(ctx, Usage, QStringLiteral("Usage"), why);
    if (rest.isEmpty()) {
        std::fputs(kUsage, stderr);
        return Usage;
    }
    ctx.command = rest.takeFirst();
    ctx.args = rest;

    if (ctx.command == QLatin1String("version")) return commandVersion(ctx);
    if (ctx.command == QLatin1String("epoch")) return commandEpoch(ctx);
    QString error;
    if (!ctx.paths().ensureExists(&error)) return fail(ctx, NodeOrIo, QStringLiteral("DataDir"), error);
    setUpLogging(ctx.paths().logPath(), ctx.logLevel, false);
    if (ctx.command == QLatin1String("sim")) return commandSim(ctx);
    if (ctx.command == QLatin1String("status")) return commandStatus(ctx);
    if (ctx.command == QLatin1String("subnets")) return commandSubnets(ctx);
    if (ctx.command == QLatin1String("sync")) return commandSync(ctx);
    if (ctx.command == QLatin1String("history")) return commandHistory(ctx);
    if (ctx.command == QLatin1String("metagraph")) return commandMetagraph(ctx);
    if (ctx.command == QLatin1String("quote")) return commandQuote(ctx);
    if (ctx.command == QLatin1String("wallet")) return commandWallet(ctx);
    if (ctx.command == QLatin1String("faucet")) return commandFaucet(ctx);
    if (ctx.command == QLatin1String("stake")) return commandStake(ctx);
    if (ctx.command == QLatin1String("node")) return commandNode(ctx);
    return fail(ctx, Usage, QStringLiteral("UnknownCommand"),
                QStringLiteral("Unknown command '%1'. Run subnetscope-cli --help for the list.").arg(ctx.command));
}

} // namespace app::cli
