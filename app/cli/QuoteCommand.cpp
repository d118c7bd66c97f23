// `quote stake|unstake`: what a trade would do now, against a subnet from the store or an
// explicit pool, through models::QuoteService (the chain's own Pool code). Off the local network
// a subnet is quoted by the node itself (SwapRuntimeApi sim_swap): its amounts, fee and price;
// the store's pool, when synced, adds what the runtime does not report (see remoteQuote).

#include "app/cli/Commands.h"
#include "app/cli/WalletSession.h"
#include "models/AmountParser.h"
#include "models/Format.h"
#include "models/QuoteService.h"
#include "models/store/StoreQueries.h"

#include <QJsonObject>

namespace app::cli {
namespace {

using economics::SwapSide;

int usage(const CliContext& ctx, const QString& message) { return fail(ctx, Usage, QStringLiteral("Usage"), message); }

int refused(const CliContext& ctx, const economics::Error& e) {
    return fail(ctx, Refused, QString::fromLatin1(economics::errorCodeName(e.code)), QString::fromStdString(e.message));
}

// "tao=RAO,alpha=RAO[,weight=W][,fee=F]". Returns an empty string on success, else the problem.
QString parsePool(const QString& spec, economics::PoolState* pool) {
    bool haveTao = false, haveAlpha = false;
    for (const QString& part : spec.split(QLatin1Char(','))) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        const QString key = part.left(eq).trimmed();
        const QString value = eq < 0 ? QString() : part.mid(eq + 1).trimmed();
        bool ok = false;
        if (key == QLatin1String("tao") || key == QLatin1String("alpha")) {
            const quint64 rao = value.toULongLong(&ok);
            if (!ok) return QStringLiteral("--pool %1= must be a whole number of rao, not '%2'.").arg(key, value);
            if (key == QLatin1String("tao")) pool->tao = economics::Rao::fromRao(rao), haveTao = true;
            else pool->alpha = economics::AlphaRao::fromRao(rao), haveAlpha = true;
        } else if (key == QLatin1String("weight")) {
            const double w = value.toDouble(&ok);
            if (!ok || w < economics::kMinPoolWeight || w > 1.0 - economics::kMinPoolWeight)
                return QStringLiteral("--pool weight= is the TAO-side weight, between 0.01 and 0.99; got '%1'.").arg(value);
            pool->taoWeight = w;
        } else if (key == QLatin1String("fee")) {
            const uint f = value.toUInt(&ok);
            if (!ok || f > economics::kMaxFeeRate)
                return QStringLiteral("--pool fee= is the fee in 1/65535, a whole number up to %1; got '%2'.")
                    .arg(economics::kMaxFeeRate)
                    .arg(value);
            pool->feeRate = static_cast<std::uint16_t>(f);
        } else {
            return QStringLiteral("Unknown --pool field '%1' (expected tao, alpha, weight, fee).").arg(part);
        }
    }
    if (!haveTao || !haveAlpha) return QStringLiteral("--pool needs both tao=RAO and alpha=RAO.");
    return QString();
}

QJsonValue rao(std::uint64_t v) { return static_cast<qint64>(v); }

QJsonObject quoteJson(const models::Quote& q) {
    return QJsonObject{
        {QStringLiteral("side"), q.side == SwapSide::Buy ? QStringLiteral("stake") : QStringLiteral("unstake")},
        {QStringLiteral("amount_in"), rao(q.amountIn)},
        {QStringLiteral("fee"), rao(q.fee)},
        {QStringLiteral("amount_out"), rao(q.amountOut)},
        {QStringLiteral("amount_out_no_slippage"), rao(q.amountOutNoSlippage)},
        {QStringLiteral("price_before"), q.priceBefore},
        {QStringLiteral("price_after"), q.priceAfter},
        {QStringLiteral("price_impact"), q.priceImpact},
        {QStringLiteral("limit_price"), q.limitPrice},
        {QStringLiteral("max_amount_in_at_limit"), rao(q.maxAmountInAtLimit)},
    };
}

void printHuman(const models::Quote& q) {
    const bool buy = q.side == SwapSide::Buy;
    const QString in = buy ? QStringLiteral("TAO") : QStringLiteral("α");
    const QString out = buy ? QStringLiteral("α") : QStringLiteral("TAO");
    auto units = [](std::uint64_t v) { return QString::fromStdString(economics::formatUnits(v)); };
    printLine(QStringLiteral("side                    %1").arg(buy ? QStringLiteral("stake") : QStringLiteral("unstake")));
    printLine(QStringLiteral("amount in               %1 %2").arg(units(q.amountIn), in));
    printLine(QStringLiteral("fee                     %1 %2").arg(units(q.fee), in));
    printLine(QStringLiteral("amount out              %1 %2").arg(units(q.amountOut), out));
    printLine(QStringLiteral("out without slippage    %1 %2").arg(units(q.amountOutNoSlippage), out));
    printLine(QStringLiteral("price before            %1 TAO/α").arg(models::formatAmount(q.priceBefore, 9)));
    printLine(QStringLiteral("price after             %1 TAO/α").arg(models::formatAmount(q.priceAfter, 9)));
    printLine(QStringLiteral("price impact            %1").arg(models::formatPercent(q.priceImpact)));
    printLine(QStringLiteral("limit price             %1 TAO/α").arg(models::formatAmount(q.limitPrice, 9)));
    printLine(QStringLiteral("max amount at limit     %1 %2").arg(units(q.maxAmountInAtLimit), in));
}

// The node's quote (see QuoteService::fromNode). Without the subnet in the store there is no
// pool to estimate price after, impact and the amount within the limit from: those are null.
int remoteQuote(CliContext& ctx, quint16 netuid, const models::QuoteRequest& request) {
    std::optional<models::Quote> estimate;
    const auto subnets = models::StoreQueries::latestSubnets(ctx.storePath());
    const auto it = std::find_if(subnets.begin(), subnets.end(), [&](const auto& s) { return s.netuid == netuid; });
    if (it != subnets.end())
        if (const auto pool = models::QuoteService::poolOf(*it))
            if (auto q = models::QuoteService::quote(pool.value(), request)) estimate = q.value();
    QString error;
    const auto node = nodeSwapQuote(ctx, netuid, request.side, request.amount, &error);
    if (!node)
        return fail(ctx, NodeOrIo, QStringLiteral("NodeFailed"), QStringLiteral("Cannot reach %1: %2").arg(ctx.network, error));
    if (!node->ok) return fail(ctx, exitCodeFor(node->errorCode), node->errorCode, node->message);
    const models::Quote q = models::QuoteService::fromNode(*node, request.tolerance, estimate);
    if (!ctx.json) {
        printHuman(q);
        printLine(estimate ? QStringLiteral("(amounts and fee from %1 at block %2; price after and max amount estimated from the synced pool)")
                                 .arg(ctx.network)
                                 .arg(node->block)
                           : QStringLiteral("(amounts and fee from %1 at block %2; sync the store for price after and max amount)")
                                 .arg(ctx.network)
                                 .arg(node->block));
        return Ok;
    }
    QJsonObject out = quoteJson(q);
    if (!estimate || node->priceBefore <= 0) {
        out[QStringLiteral("price_after")] = QJsonValue::Null;
        out[QStringLiteral("price_impact")] = QJsonValue::Null;
        out[QStringLiteral("max_amount_in_at_limit")] = QJsonValue::Null;
    }
    if (node->priceBefore <= 0) {
        out[QStringLiteral("price_before")] = QJsonValue::Null;
        out[QStringLiteral("amount_out_no_slippage")] = QJsonValue::Null;
        out[QStringLiteral("limit_price")] = QJsonValue::Null;
    }
    printJson(out);
    return Ok;
}

} // namespace

int commandQuote(CliContext& ctx) {
    if (ctx.args.isEmpty()) return usage(ctx, QStringLiteral("quote needs a side: quote stake|unstake ..."));
    const QString sideText = ctx.args.takeFirst();
    if (sideText != QLatin1String("stake") && sideText != QLatin1String("unstake"))
        return usage(ctx, QStringLiteral("Unknown quote side '%1': use stake or unstake.").arg(sideText));
    const bool buy = sideText == QLatin1String("stake");

    bool missing = false;
    const QString netuidText = ctx.takeOption(QStringLiteral("--netuid"), &missing);
    const QString poolText = ctx.takeOption(QStringLiteral("--pool"), &missing);
    const QString taoText = ctx.takeOption(QStringLiteral("--tao"), &missing);
    const QString alphaText = ctx.takeOption(QStringLiteral("--alpha"), &missing);
    const QString toleranceText = ctx.takeOption(QStringLiteral("--tolerance"), &missing);
    if (missing) return usage(ctx, QStringLiteral("An option of quote is missing its value."));
    if (!ctx.args.isEmpty()) return usage(ctx, QStringLiteral("Unknown argument for quote: %1").arg(ctx.args.first()));
    if (netuidText.isNull() == poolText.isNull()) return usage(ctx, QStringLiteral("Give exactly one of --netuid N and --pool tao=RAO,alpha=RAO."));
    const QString& amountText = buy ? taoText : alphaText;
    if (!(buy ? alphaText : taoText).isNull())
        return usage(ctx, buy ? QStringLiteral("quote stake takes --tao, not --alpha.") : QStringLiteral("quote unstake takes --alpha, not --tao."));
    if (amountText.isNull()) return usage(ctx, buy ? QStringLiteral("quote stake needs --tao AMOUNT.") : QStringLiteral("quote unstake needs --alpha AMOUNT."));

    models::QuoteRequest request;
    request.side = buy ? SwapSide::Buy : SwapSide::Sell;
    const auto amount = models::AmountParser::parse(amountText, buy ? u"TAO" : u"Alpha");
    if (!amount) return usage(ctx, QString::fromStdString(amount.error().message));
    request.amount = amount.value();
    if (!toleranceText.isNull()) {
        bool ok = false;
        request.tolerance = toleranceText.toDouble(&ok);
        if (!ok || !(request.tolerance >= 0.0 && request.tolerance < 1.0))
            return usage(ctx, QStringLiteral("--tolerance must be a fraction in [0, 1), e.g. 0.005 for 0.5%; got '%1'.").arg(toleranceText));
    }

    economics::PoolState pool;
    if (!poolText.isNull()) {
        const QString problem = parsePool(poolText, &pool);
        if (!problem.isEmpty()) return usage(ctx, problem);
    } else {
        bool ok = false;
        const uint netuid = netuidText.toUInt(&ok);
        if (!ok || netuid > 0xFFFF) return usage(ctx, QStringLiteral("--netuid must be a subnet number, not '%1'.").arg(netuidText));
        if (ctx.network != QLatin1String("local")) return remoteQuote(ctx, static_cast<quint16>(netuid), request);
        const auto subnets = models::StoreQueries::latestSubnets(ctx.storePath());
        const auto it = std::find_if(subnets.begin(), subnets.end(), [&](const auto& s) { return s.netuid == netuid; });
        if (it == subnets.end())
            return fail(ctx, Refused, QStringLiteral("SubnetNotFound"),
                        QStringLiteral("Subnet %1 is not in the store of the %2 network (run `subnetscope-cli sim` or `sync` first).")
                            .arg(netuid)
                            .arg(ctx.network));
        const auto poolOr = models::QuoteService::poolOf(*it);
        if (!poolOr) return refused(ctx, poolOr.error());
        pool = poolOr.value();
    }

    const auto quote = models::QuoteService::quote(pool, request);
    if (!quote) return refused(ctx, quote.error());
    if (ctx.json) printJson(quoteJson(quote.value()));
    else printHuman(quote.value());
    return Ok;
}

} // namespace app::cli
