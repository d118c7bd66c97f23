// SubtensorNodeWorker's last per-block stage: stake positions, in block order (see
// SubtensorNodePositions); split from SubtensorNodeWorker.cpp for size.

#include "chainclient/subtensor/SubtensorNodeWorker.h"

#include "chainclient/subtensor/Hex.h"
#include "chainclient/subtensor/RpcMessage.h"
#include "chainclient/subtensor/RuntimeDecoder.h"
#include "chainclient/subtensor/ScaleWriter.h"
#include "chainclient/subtensor/StorageKey.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>
#include <spdlog/spdlog.h>

namespace chainclient::subtensor {
namespace {

constexpr int kColdkeysPerCall = 256;
constexpr int kKeysPerPage = 1000;

QString hexOf(std::span<const std::uint8_t> b) { return QString::fromStdString(Hex::encode(b)); }

RpcError malformed(const std::string& m) { return RpcError{RpcError::Kind::Malformed, 0, QString::fromStdString(m), {}}; }

} // namespace

void SubtensorNodeWorker::positionsFailed(quint64 number, const RpcError& error) {
    positionsBusy_ = false;
    const bool transient = error.kind == RpcError::Kind::Transport || error.kind == RpcError::Kind::Timeout;
    if (transient && positionsAttempt_ < options_.maxRetries) {
        const int delayMs = 250 << std::min(positionsAttempt_++, 5);
        const quint64 gen = generation_;
        QTimer::singleShot(delayMs, this, [this, gen] {
            if (gen == generation_) deliver();
        });
        return;
    }
    fatal(tr("Reading the stake positions of block %1 from %2 failed: %3").arg(number).arg(options_.network, error.message));
}

void SubtensorNodeWorker::readPositions(quint64 number) {
    positionsBusy_ = true;
    if (positions_.hasWholeSet()) return readPositionsWith(number, {});
    listColdkeys(number, QString(), std::make_shared<std::set<AccountId>>());
}

// Pages through SubtensorModule.Alpha's keys (hotkey, coldkey, netuid) for every staking coldkey.
void SubtensorNodeWorker::listColdkeys(quint64 number, const QString& startKey, std::shared_ptr<std::set<AccountId>> found) {
    const PositionInputs& in = positionInputs_.at(number);
    const auto prefix = StorageKey::build(*in.md, "SubtensorModule", "Alpha");
    if (!prefix) return positionsFailed(number, malformed(prefix.error().message));
    const quint64 gen = generation_;
    const QJsonArray params{hexOf(*prefix), kKeysPerPage, startKey.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(startKey), in.hash};
    rpc_->call(QStringLiteral("state_getKeysPaged"), params, [this, gen, number, found](const RpcReply& r) {
        if (gen != generation_) return;
        if (!r.ok()) return positionsFailed(number, r.error);
        const PositionInputs& in = positionInputs_.at(number);
        const QJsonArray keys = r.result.toArray();
        for (const auto& k : keys) {
            const auto bytes = Hex::decode(k.toString().toStdString());
            if (!bytes) return positionsFailed(number, malformed(bytes.error().message));
            auto args = StorageKey::decodeKeyArgs(*in.md, "SubtensorModule", "Alpha", *bytes);
            if (!args || args->size() != 3) return positionsFailed(number, malformed("an Alpha key does not decode"));
            auto coldkey = ValueMapper::to<AccountId>((*args)[1]);
            if (!coldkey) return positionsFailed(number, malformed(coldkey.error().message));
            found->insert(*coldkey);
        }
        if (keys.size() == kKeysPerPage) return listColdkeys(number, keys.last().toString(), found);
        readPositionsWith(number, std::vector<AccountId>(found->begin(), found->end()));
    });
}

void SubtensorNodeWorker::readPositionsWith(quint64 number, const std::vector<AccountId>& allColdkeys) {
    const PositionInputs& in = positionInputs_.at(number);
    BlockSnapshot& snap = ready_.at(number);
    auto plan = std::make_shared<SubtensorNodePositions::Plan>(positions_.plan(snap, in.events, in.epochs, in.extra, allColdkeys));
    QVector<RpcRequest> reqs;
    for (std::size_t i = 0; i < plan->coldkeys.size(); i += kColdkeysPerCall) {
        const auto end = std::min(plan->coldkeys.size(), i + kColdkeysPerCall);
        ScaleWriter w;
        w.writeCompact(end - i);
        for (std::size_t k = i; k < end; ++k) w.writeBytes(plan->coldkeys[k]);
        reqs.push_back({QStringLiteral("state_call"), {QStringLiteral("StakeInfoRuntimeApi_get_stake_info_for_coldkeys"), hexOf(w.bytes()), in.hash}});
    }
    const quint64 gen = generation_;
    auto finish = [this, gen, number, plan](const QVector<RpcReply>& replies) {
        if (gen != generation_) return;
        PositionInputs& in = positionInputs_.at(number);
        const RuntimeDecoder dec(*in.md);
        std::vector<StakeInfo> stakes;
        for (const auto& r : replies) {
            if (!r.ok()) return positionsFailed(number, r.error);
            auto bytes = Hex::decode(r.result.toString().toStdString());
            if (!bytes) return positionsFailed(number, malformed(bytes.error().message));
            auto v = dec.call<std::vector<std::pair<AccountId, std::vector<StakeInfo>>>>("StakeInfoRuntimeApi", "get_stake_info_for_coldkeys", *bytes);
            if (!v) return positionsFailed(number, malformed(v.error().message));
            for (auto& [coldkey, infos] : *v)
                for (auto& s : infos) stakes.push_back(std::move(s));
        }
        positions_.apply(ready_.at(number), *plan, in.events, stakes);
        positionInputs_.erase(number);
        positionsBusy_ = false;
        positionsAttempt_ = 0;
        deliver();
        pump();
    };
    // Never synchronously: deliver() is on the stack and must flush its batch first.
    if (reqs.isEmpty()) return QTimer::singleShot(0, this, [finish] { finish({}); });
    rpc_->batch(reqs, finish);
}

} // namespace chainclient::subtensor
