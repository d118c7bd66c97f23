// SubtensorNodeWorker's extrinsic submission: author_submitAndWatchExtrinsic, then, once in a
// block, that block's body and System.Events for the call's own outcome (ExtrinsicSuccess or
// ExtrinsicFailed with the module error's name), as the SDK does. Split from
// SubtensorNodeWorker.cpp for size.

#include "chainclient/subtensor/SubtensorNodeWorker.h"

#include "chainclient/subtensor/FeeQuery.h"
#include "chainclient/subtensor/Hex.h"
#include "chainclient/subtensor/RpcMessage.h"
#include "chainclient/subtensor/RuntimeDecoder.h"
#include "chainclient/subtensor/ScaleWriter.h"
#include "chainclient/subtensor/StorageKey.h"

#include <QJsonArray>
#include <QJsonObject>
#include <spdlog/spdlog.h>

namespace chainclient::subtensor {
namespace {

QString hexOf(std::span<const std::uint8_t> b) { return QString::fromStdString(Hex::encode(b)); }

QString errorCodeFor(const RpcError& e) {
    switch (e.code) {
    case 1010: return QStringLiteral("InvalidTransaction");
    case 1012: return QStringLiteral("TemporarilyBanned");
    case 1013: return QStringLiteral("AlreadyImported");
    case 1014: return QStringLiteral("PriorityTooLow");
    default: return e.kind == RpcError::Kind::Remote ? QStringLiteral("Rejected") : QStringLiteral("NodeUnavailable");
    }
}

} // namespace

void SubtensorNodeWorker::submitFailed(quint64 id, const QString& code, const QString& message) {
    SubmitResult r;
    r.requestId = id;
    r.errorCode = code;
    r.message = message;
    emit submitted(r);
}

void SubtensorNodeWorker::submitExtrinsic(quint64 id, const QByteArray& extrinsic) {
    auto done = std::make_shared<bool>(false);
    RpcClient::Subscription sub;
    sub.method = QStringLiteral("author_submitAndWatchExtrinsic");
    const auto hex = std::make_shared<QString>(
        hexOf(std::span(reinterpret_cast<const std::uint8_t*>(extrinsic.constData()), static_cast<std::size_t>(extrinsic.size()))));
    sub.params = {*hex};
    sub.unsubscribeMethod = QStringLiteral("author_unwatchExtrinsic");
    sub.resubscribe = false; // never submit twice
    sub.onSubscribed = [this, id, done](const RpcReply& r) {
        if (r.ok() || *done) return;
        *done = true;
        const QString data = r.error.data.isString() ? QStringLiteral(" (%1)").arg(r.error.data.toString()) : QString();
        submitFailed(id, errorCodeFor(r.error), r.error.message + data);
    };
    auto handle = std::make_shared<quint64>(0);
    sub.onNotification = [this, id, done, handle, hex](const QJsonValue& status) {
        QString name = status.isString() ? status.toString() : QString();
        QString blockHash;
        if (status.isObject() && !status.toObject().isEmpty()) {
            name = status.toObject().begin().key();
            blockHash = status.toObject().begin().value().toString();
        }
        emit extrinsicStatus(id, name, blockHash);
        if (*done) {
            if (name == QLatin1String("finalized") || name == QLatin1String("finalityTimeout")) rpc_->unsubscribe(*handle);
            return;
        }
        if (name == QLatin1String("inBlock") || name == QLatin1String("finalized")) {
            *done = true;
            reportInclusion(id, *hex, blockHash);
        } else if (name == QLatin1String("invalid") || name == QLatin1String("dropped") || name == QLatin1String("usurped")) {
            *done = true;
            rpc_->unsubscribe(*handle);
            submitFailed(id, name == QLatin1String("invalid") ? QStringLiteral("InvalidTransaction") : QStringLiteral("Dropped"),
                         tr("The node reports the transaction as %1.").arg(name));
        }
    };
    sub.onEnded = [this, id, done](const RpcError& e) {
        if (*done) return;
        *done = true;
        submitFailed(id, QStringLiteral("NodeUnavailable"),
                     tr("The connection dropped before the transaction was included; check the account before retrying. %1").arg(e.message));
    };
    rpc_->open();
    *handle = rpc_->subscribe(std::move(sub));
}
void SubtensorNodeWorker::reportInclusion(quint64 id, const QString& hex, const QString& blockHash) {
    const InclusionReport report = [this, id](quint64 block, const std::optional<ExtrinsicOutcome>& outcome,
                                              std::optional<double> priceAfter) {
        SubmitResult r;
        r.requestId = id;
        r.block = block;
        r.ok = !outcome || outcome->ok;
        if (outcome && outcome->ok) {
            r.tao = outcome->tao;
            r.alpha = outcome->alpha;
            r.fee = outcome->fee;
            r.priceAfter = priceAfter.value_or(0);
        }
        if (!r.ok) {
            r.errorCode = outcome->errorCode;
            r.message = tr("The transaction is in block %1 but failed there: %2%3.")
                            .arg(block)
                            .arg(outcome->pallet.isEmpty() ? QString() : outcome->pallet + QStringLiteral("::"), outcome->errorCode);
        }
        emit submitted(r);
    };
    const QVector<RpcRequest> reqs{{QStringLiteral("chain_getHeader"), {blockHash}},
                                   {QStringLiteral("chain_getBlock"), {blockHash}},
                                   {QStringLiteral("state_getRuntimeVersion"), {blockHash}}};
    rpc_->batch(reqs, [this, hex, blockHash, report](const QVector<RpcReply>& replies) {
        const quint64 block = replies[0].ok() ? RpcMessage::headerNumber(replies[0].result).value_or(0) : 0;
        // Which extrinsic of the block is ours: events name extrinsics by index.
        int index = -1;
        if (replies[1].ok()) {
            const QJsonArray body = replies[1].result.toObject().value(QStringLiteral("block")).toObject().value(QStringLiteral("extrinsics")).toArray();
            for (int i = 0; i < body.size() && index < 0; ++i)
                if (body[i].toString().compare(hex, Qt::CaseInsensitive) == 0) index = i;
        }
        if (index < 0 || !replies[2].ok()) {
            spdlog::warn("subtensor node: cannot find the submitted extrinsic in block {}; reporting inclusion only", block);
            return report(block, std::nullopt, std::nullopt);
        }
        const auto spec = static_cast<quint32>(replies[2].result.toObject().value(QStringLiteral("specVersion")).toInteger());
        withMetadata(spec, blockHash, [this, blockHash, block, index, report](MetadataPtr md) {
            const auto key = StorageKey::build(*md, "System", "Events");
            if (!key) return report(block, std::nullopt, std::nullopt);
            rpc_->call(QStringLiteral("state_getStorage"), {hexOf(*key), blockHash}, [this, block, blockHash, index, report, md](const RpcReply& r) {
                std::optional<std::vector<std::uint8_t>> bytes;
                if (r.ok() && !r.result.isNull())
                    if (auto b = Hex::decode(r.result.toString().toStdString())) bytes = std::move(*b);
                auto events = r.ok() ? SubtensorEvents::decode(*md, bytes ? std::optional<std::span<const std::uint8_t>>(*bytes) : std::nullopt, block)
                                     : Result<BlockEvents>(economics::makeError(economics::ErrorCode::MalformedData, r.error.message.toStdString()));
                if (!events) {
                    spdlog::warn("subtensor node: the events of block {} do not decode: {}", block, events.error().message);
                    return report(block, std::nullopt, std::nullopt);
                }
                for (const auto& o : events->outcomes)
                    if (o.index == static_cast<quint32>(index)) return reportWithPrice(block, blockHash, o, md, report);
                report(block, std::nullopt, std::nullopt);
            });
        }, [block, report](const RpcError&) { report(block, std::nullopt, std::nullopt); });
    });
}

void SubtensorNodeWorker::reportWithPrice(quint64 block, const QString& blockHash, const ExtrinsicOutcome& outcome,
                                          const MetadataPtr& md, const InclusionReport& report) {
    // The events carry no price: the subnet's price as the block left it (later trades of the
    // same block on that subnet included) is what the chain shows after the call.
    if (!outcome.ok || outcome.netuid == 0 || !md->runtimeApiMethod("SwapRuntimeApi", "current_alpha_price"))
        return report(block, outcome, std::nullopt);
    ScaleWriter netuid;
    netuid.writeU16(outcome.netuid);
    rpc_->call(QStringLiteral("state_call"), {QStringLiteral("SwapRuntimeApi_current_alpha_price"), hexOf(netuid.bytes()), blockHash},
               [block, outcome, md, report](const RpcReply& r) {
                   std::optional<double> price;
                   if (r.ok()) {
                       if (auto bytes = Hex::decode(r.result.toString().toStdString()))
                           if (auto p = RuntimeDecoder(*md).call<std::uint64_t>("SwapRuntimeApi", "current_alpha_price", *bytes))
                               price = static_cast<double>(*p) / 1e9;
                   }
                   report(block, outcome, price);
               });
}

// Read at the head: the chain's hash, its runtime version and metadata, then the runtime's own
// fee computation for these bytes. Nothing is submitted.
void SubtensorNodeWorker::estimateFee(quint64 id, const QByteArray& extrinsic) {
    rpc_->open();
    auto finish = [this, id](const QString& code, const QString& message, quint64 fee) {
        chainclient::FeeEstimate e;
        e.requestId = id;
        e.settle(code, message);
        e.fee = fee;
        emit feeEstimated(e);
    };
    auto nodeError = [finish](const RpcError& e) { finish(QStringLiteral("NodeUnavailable"), e.message, 0); };
    const auto args = FeeQuery::queryInfoArgs(
        std::span(reinterpret_cast<const std::uint8_t*>(extrinsic.constData()), static_cast<std::size_t>(extrinsic.size())));
    rpc_->call(QStringLiteral("chain_getBlockHash"), {}, [=, this](const RpcReply& head) {
        if (!head.ok()) return nodeError(head.error);
        const QString hash = head.result.toString();
        rpc_->call(QStringLiteral("state_getRuntimeVersion"), {hash}, [=, this](const RpcReply& version) {
            if (!version.ok()) return nodeError(version.error);
            const auto spec = static_cast<quint32>(version.result.toObject().value(QStringLiteral("specVersion")).toInteger());
            withMetadata(spec, hash, [=, this](MetadataPtr md) {
                if (!md->runtimeApiMethod(FeeQuery::kApi, FeeQuery::kMethod))
                    return finish(QStringLiteral("NotSupported"), tr("The node's runtime has no TransactionPaymentApi."), 0);
                const QJsonArray params{QStringLiteral("TransactionPaymentApi_query_info"), hexOf(args), hash};
                rpc_->call(QStringLiteral("state_call"), params, [=](const RpcReply& r) {
                    if (!r.ok()) return nodeError(r.error);
                    auto bytes = Hex::decode(r.result.toString().toStdString());
                    auto info = bytes ? FeeQuery::decode(*md, *bytes) : Result<RuntimeDispatchInfo>(bytes.error());
                    if (!info) return finish(QStringLiteral("MalformedData"), QString::fromStdString(info.error().message), 0);
                    finish({}, {}, info->partialFee);
                });
            }, nodeError);
        });
    });
}

} // namespace chainclient::subtensor
