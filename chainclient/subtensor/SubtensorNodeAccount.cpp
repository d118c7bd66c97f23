#include "chainclient/subtensor/SubtensorNodeAccount.h"

#include "chainclient/local/AccountText.h"
#include "chainclient/subtensor/Hex.h"
#include "chainclient/subtensor/RuntimeDecoder.h"
#include "chainclient/subtensor/StorageKey.h"
#include "chainclient/subtensor/SubtensorTypes.h"

#include <QJsonObject>

namespace chainclient::subtensor {
namespace {

QByteArray bytesOfHex(const QJsonValue& v) {
    auto b = Hex::decode(v.toString().toStdString());
    return b ? QByteArray(reinterpret_cast<const char*>(b->data()), static_cast<qsizetype>(b->size())) : QByteArray();
}

QString hexOf(std::span<const std::uint8_t> b) { return QString::fromStdString(Hex::encode(b)); }

} // namespace

void SubtensorNodeAccount::read(RpcClient& rpc, MetadataSource metadata, quint64 requestId, const QString& account,
                                std::function<void(const AccountState&)> done) {
    auto state = std::make_shared<AccountState>();
    state->requestId = requestId;
    state->account = account;
    auto finish = [state, done](const QString& code, const QString& message) {
        state->settle(code, message);
        done(*state);
    };
    const auto id = accountFromText(account);
    if (!id) {
        QMetaObject::invokeMethod(&rpc, [finish] { finish(QStringLiteral("InvalidAddress"), QObject::tr("The account address is not valid.")); },
                                  Qt::QueuedConnection);
        return;
    }
    const AccountId raw = id->bytes;
    RpcClient* client = &rpc;
    auto nodeError = [finish](const RpcError& e) { finish(QStringLiteral("NodeUnavailable"), e.message); };
    rpc.batch({{QStringLiteral("chain_getHeader"), {}},
               {QStringLiteral("chain_getBlockHash"), {0}},
               {QStringLiteral("system_accountNextIndex"), {account}}},
              [=](const QVector<RpcReply>& first) {
        for (const auto& r : first)
            if (!r.ok()) return nodeError(r.error);
        QString number = first[0].result.toObject().value(QStringLiteral("number")).toString();
        state->block = number.mid(2).toULongLong(nullptr, 16);
        state->genesisHash = bytesOfHex(first[1].result);
        state->nonce = static_cast<quint64>(first[2].result.toInteger());
        client->batch({{QStringLiteral("chain_getBlockHash"), {static_cast<qint64>(state->block)}},
                       {QStringLiteral("state_getRuntimeVersion"), {}}},
                      [=](const QVector<RpcReply>& second) {
            for (const auto& r : second)
                if (!r.ok()) return nodeError(r.error);
            const QString hash = second[0].result.toString();
            state->blockHash = bytesOfHex(second[0].result);
            const QJsonObject version = second[1].result.toObject();
            state->specVersion = static_cast<quint32>(version.value(QStringLiteral("specVersion")).toInteger());
            state->transactionVersion = static_cast<quint32>(version.value(QStringLiteral("transactionVersion")).toInteger());
            metadata(state->specVersion, hash, [=](MetadataPtr md) {
                const std::vector<std::uint8_t> who(raw.begin(), raw.end());
                auto key = StorageKey::build(*md, "System", "Account", {who});
                if (!key) return finish(QStringLiteral("MalformedData"), QString::fromStdString(key.error().message));
                QVector<RpcRequest> reads{{QStringLiteral("state_getStorage"), {hexOf(*key), hash}}};
                const bool hasStake = md->runtimeApiMethod("StakeInfoRuntimeApi", "get_stake_info_for_coldkey") != nullptr;
                if (hasStake)
                    reads.push_back({QStringLiteral("state_call"),
                                     {QStringLiteral("StakeInfoRuntimeApi_get_stake_info_for_coldkey"), hexOf(who), hash}});
                client->batch(reads, [=](const QVector<RpcReply>& third) {
                    for (const auto& r : third)
                        if (!r.ok()) return nodeError(r.error);
                    const RuntimeDecoder dec(*md);
                    std::vector<std::uint8_t> value;
                    if (!third[0].result.isNull()) {
                        auto v = Hex::decode(third[0].result.toString().toStdString());
                        if (!v) return finish(QStringLiteral("MalformedData"), QString::fromStdString(v.error().message));
                        value = std::move(v).value();
                    }
                    // null = no such account yet: the entry's default (zero balance, nonce 0).
                    auto info = third[0].result.isNull()
                                    ? dec.storage<AccountInfo>("System", "Account", std::nullopt)
                                    : dec.storage<AccountInfo>("System", "Account", std::span<const std::uint8_t>(value));
                    if (!info) return finish(QStringLiteral("MalformedData"), QString::fromStdString(info.error().message));
                    state->free = info->data.free;
                    // The pool-aware index already counts pending transactions; never go below the stored one.
                    state->nonce = std::max<quint64>(state->nonce, info->nonce);
                    if (hasStake) {
                        auto bytes = Hex::decode(third[1].result.toString().toStdString());
                        auto stakes = bytes ? dec.call<std::vector<StakeInfo>>("StakeInfoRuntimeApi", "get_stake_info_for_coldkey", *bytes)
                                            : Result<std::vector<StakeInfo>>(bytes.error());
                        if (!stakes) return finish(QStringLiteral("MalformedData"), QString::fromStdString(stakes.error().message));
                        for (const auto& s : *stakes) {
                            economics::AccountId hot;
                            hot.bytes = s.hotkey;
                            if (s.stake > 0) state->positions.push_back({s.netuid, accountToText(hot), s.stake});
                        }
                    }
                    finish({}, {});
                });
            }, nodeError);
        });
    });
}

} // namespace chainclient::subtensor
