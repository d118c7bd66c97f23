// SubtensorNodeWorker's trade quotes: at the head, the runtime's own SwapRuntimeApi
// sim_swap_tao_for_alpha / sim_swap_alpha_for_tao (and current_alpha_price for the price the
// quote starts from), decoded with that block's metadata. Nothing is submitted.

#include "chainclient/subtensor/SubtensorNodeWorker.h"

#include "chainclient/subtensor/Hex.h"
#include "chainclient/subtensor/RpcMessage.h"
#include "chainclient/subtensor/RuntimeDecoder.h"
#include "chainclient/subtensor/ScaleWriter.h"
#include "chainclient/subtensor/SwapQuery.h"

#include <QJsonArray>
#include <QJsonObject>

namespace chainclient::subtensor {
namespace {

QString hexOf(std::span<const std::uint8_t> b) { return QString::fromStdString(Hex::encode(b)); }

} // namespace

void SubtensorNodeWorker::swapQuote(quint64 id, quint16 netuid, economics::SwapSide side, quint64 amount) {
    auto base = std::make_shared<chainclient::SwapQuote>();
    base->requestId = id;
    base->netuid = netuid;
    base->side = side;
    base->amount = amount;
    auto finish = [this, base](const QString& code, const QString& message) {
        base->settle(code, message);
        emit swapQuoted(*base);
    };
    if (amount == 0) return finish(QStringLiteral("InvalidAmount"), tr("The amount must be greater than zero."));
    rpc_->open();
    auto nodeError = [finish](const RpcError& e) { finish(QStringLiteral("NodeUnavailable"), e.message); };
    rpc_->call(QStringLiteral("chain_getBlockHash"), {}, [=, this](const RpcReply& head) {
        if (!head.ok()) return nodeError(head.error);
        const QString hash = head.result.toString();
        const QVector<RpcRequest> reqs{{QStringLiteral("chain_getHeader"), {hash}},
                                       {QStringLiteral("state_getRuntimeVersion"), {hash}}};
        rpc_->batch(reqs, [=, this](const QVector<RpcReply>& r) {
            for (const auto& x : r)
                if (!x.ok()) return nodeError(x.error);
            if (auto n = RpcMessage::headerNumber(r[0].result)) base->block = *n;
            const auto spec = static_cast<quint32>(r[1].result.toObject().value(QStringLiteral("specVersion")).toInteger());
            withMetadata(spec, hash, [=, this](MetadataPtr md) {
                const char* method = SwapQuery::method(side);
                if (!md->runtimeApiMethod(SwapQuery::kApi, method))
                    return finish(QStringLiteral("NotSupported"),
                                  tr("The node's runtime has no SwapRuntimeApi.%1.").arg(QLatin1String(method)));
                const QString call = QStringLiteral("SwapRuntimeApi_") + QLatin1String(method);
                const auto args = SwapQuery::args(netuid, amount);
                rpc_->call(QStringLiteral("state_call"), {call, hexOf(args), hash}, [=, this](const RpcReply& reply) {
                    if (!reply.ok()) return nodeError(reply.error);
                    auto bytes = Hex::decode(reply.result.toString().toStdString());
                    auto sim = bytes ? SwapQuery::decode(*md, side, *bytes) : Result<SimSwapResult>(bytes.error());
                    if (!sim) return finish(QStringLiteral("MalformedData"), QString::fromStdString(sim.error().message));
                    if (sim->isEmpty())
                        return finish(QStringLiteral("QuoteRefused"),
                                      tr("The node's runtime cannot make this trade on subnet %1 (it answers with zeros: "
                                         "more than the pool can take, too little to trade, or no pool).")
                                          .arg(netuid));
                    base->taoAmount = sim->taoAmount;
                    base->alphaAmount = sim->alphaAmount;
                    base->taoFee = sim->taoFee;
                    base->alphaFee = sim->alphaFee;
                    if (netuid == 0 || !md->runtimeApiMethod(SwapQuery::kApi, "current_alpha_price")) {
                        base->priceBefore = netuid == 0 ? 1.0 : 0.0;
                        return finish({}, {});
                    }
                    ScaleWriter n;
                    n.writeU16(netuid);
                    rpc_->call(QStringLiteral("state_call"), {QStringLiteral("SwapRuntimeApi_current_alpha_price"), hexOf(n.bytes()), hash},
                               [=](const RpcReply& p) {
                                   // The quote stands without the price; only the price is then unknown.
                                   if (p.ok())
                                       if (auto pb = Hex::decode(p.result.toString().toStdString()))
                                           if (auto v = RuntimeDecoder(*md).call<std::uint64_t>(SwapQuery::kApi, "current_alpha_price", *pb))
                                               base->priceBefore = static_cast<double>(*v) / 1e9;
                                   finish({}, {});
                               });
                });
            }, nodeError);
        });
    });
}

} // namespace chainclient::subtensor
