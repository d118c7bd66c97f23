#include "chainclient/local/LocalNodeExtrinsics.h"

#include "chainclient/crypto/Hashes.h"
#include "chainclient/local/AccountText.h"
#include "chainclient/subtensor/Extrinsic.h"

#include <QCoreApplication>
#include <QtEndian>

namespace chainclient {
namespace {

using economics::Error;
using economics::ErrorCode;
using economics::makeError;
using economics::NetUid;
using economics::Result;
using economics::StakeReceipt;
using subtensor::Call;
using subtensor::CallKind;

QByteArray le64(quint64 v) {
    QByteArray out(8, '\0');
    qToLittleEndian(v, out.data());
    return out;
}

SubmitResult failure(const Error& e) {
    SubmitResult r;
    r.errorCode = QString::fromLatin1(economics::errorCodeName(e.code).data());
    r.message = QString::fromStdString(e.message);
    return r;
}

std::optional<double> limitOf(const Call& c) {
    if (c.kind == CallKind::AddStakeLimit || c.kind == CallKind::RemoveStakeLimit ||
        c.kind == CallKind::SwapStakeLimit)
        return subtensor::limitPriceFromRao(c.limitPrice);
    return std::nullopt;
}

Result<economics::AccountId> account(const QByteArray& raw) {
    auto id = accountFromBytes(raw);
    if (!id)
        return makeError(ErrorCode::InvalidAddress, "An account in the call is not 32 bytes.");
    return *id;
}

Result<StakeReceipt> dispatch(economics::Chain& chain, const economics::AccountId& signer, const Call& c,
                              QVector<TransferRecord>& transfers) {
    switch (c.kind) {
    case CallKind::AddStake:
    case CallKind::AddStakeLimit:
    case CallKind::RemoveStake:
    case CallKind::RemoveStakeLimit: {
        auto hotkey = account(c.hotkey);
        if (!hotkey)
            return hotkey.error();
        const bool limited = c.kind == CallKind::AddStakeLimit || c.kind == CallKind::RemoveStakeLimit;
        economics::StakeCall call{signer,   *hotkey,    NetUid{c.netuid},
                                  c.amount, limitOf(c), limited && c.allowPartial};
        const bool add = c.kind == CallKind::AddStake || c.kind == CallKind::AddStakeLimit;
        return add ? chain.addStake(call) : chain.removeStake(call);
    }
    case CallKind::MoveStake: {
        auto origin = account(c.hotkey);
        auto dest = account(c.destination);
        if (!origin)
            return origin.error();
        if (!dest)
            return dest.error();
        economics::MoveStakeCall call;
        call.coldkey = signer, call.destColdkey = signer, call.originHotkey = *origin,
        call.destHotkey = *dest;
        call.originNetuid = NetUid{c.netuid}, call.destNetuid = NetUid{c.destNetuid}, call.amount = c.amount;
        auto done = chain.moveStake(call);
        if (done && c.netuid == c.destNetuid) {
            TransferRecord t;
            t.block = chain.blockNumber() + 1;
            t.kind = TransferRecord::Kind::Move;
            t.from = t.to = accountToText(signer);
            t.tao = done->tao.rao();
            t.alpha = c.amount;
            t.netuid = t.destNetuid = c.netuid;
            t.hotkey = accountToText(*origin);
            t.destHotkey = accountToText(*dest);
            transfers.push_back(t);
        }
        return done;
    }
    case CallKind::SwapStake:
    case CallKind::SwapStakeLimit: {
        auto hotkey = account(c.hotkey);
        if (!hotkey)
            return hotkey.error();
        return chain.swapStake(signer, *hotkey, NetUid{c.netuid}, NetUid{c.destNetuid}, c.amount, limitOf(c),
                               c.kind == CallKind::SwapStakeLimit && c.allowPartial);
    }
    case CallKind::TransferStake: {
        auto destColdkey = account(c.destination);
        auto hotkey = account(c.hotkey);
        if (!destColdkey)
            return destColdkey.error();
        if (!hotkey)
            return hotkey.error();
        auto done = chain.transferStake(signer, *destColdkey, *hotkey, NetUid{c.netuid},
                                        NetUid{c.destNetuid}, c.amount);
        if (done) {
            TransferRecord t;
            t.block = chain.blockNumber() + 1;
            t.kind = TransferRecord::Kind::Stake;
            t.from = accountToText(signer);
            t.to = accountToText(*destColdkey);
            t.tao = done->tao.rao();
            t.alpha = c.amount;
            t.netuid = c.netuid;
            t.destNetuid = c.destNetuid;
            t.hotkey = accountToText(*hotkey);
            transfers.push_back(t);
        }
        return done;
    }
    case CallKind::TransferAllowDeath:
    case CallKind::TransferKeepAlive: {
        auto dest = account(c.destination);
        if (!dest)
            return dest.error();
        auto done = chain.transfer(signer, *dest, economics::Rao::fromRao(c.amount));
        if (!done)
            return done.error();
        TransferRecord t;
        t.block = chain.blockNumber() + 1;
        t.kind = TransferRecord::Kind::Tao;
        t.from = accountToText(signer);
        t.to = accountToText(*dest);
        t.tao = c.amount;
        transfers.push_back(t);
        return StakeReceipt{economics::Rao::fromRao(c.amount), economics::AlphaRao::zero(), 0, 0};
    }
    case CallKind::BatchAll: {
        // All or nothing: run on a copy and keep it only if every call succeeds.
        economics::Chain trial = chain;
        StakeReceipt total{};
        QVector<TransferRecord> trialTransfers;
        for (const Call& inner : c.batch) {
            auto r = dispatch(trial, signer, inner, trialTransfers);
            if (!r)
                return r.error();
            total.tao += r->tao;
            total.alpha += r->alpha;
            total.fee += r->fee;
            total.priceAfter = r->priceAfter;
        }
        chain = std::move(trial);
        transfers += trialTransfers;
        return total;
    }
    }
    return makeError(ErrorCode::NotSupported, "This call is not supported by the local chain.");
}

} // namespace

QByteArray LocalNodeExtrinsics::genesisHash(quint64 seed) {
    return crypto::Hashes::blake2b256(QByteArrayLiteral("subnetscope/local/genesis/") + le64(seed));
}

QByteArray LocalNodeExtrinsics::blockHash(quint64 seed, quint64 block) {
    if (block == 0)
        return genesisHash(seed);
    return crypto::Hashes::blake2b256(QByteArrayLiteral("subnetscope/local/block/") + le64(seed) +
                                      le64(block));
}

SubmitResult LocalNodeExtrinsics::apply(economics::Chain& chain, quint64 seed, const QByteArray& extrinsic,
                                        QVector<TransferRecord>* transfers) {
    auto decoded = subtensor::Extrinsic::decode(extrinsic);
    if (!decoded)
        return failure(decoded.error());
    const subtensor::SignedExtrinsic& xt = *decoded;
    const quint64 head = chain.blockNumber();
    const QByteArray genesis = genesisHash(seed);
    const QByteArray birth = xt.era.isImmortal() ? genesis : blockHash(seed, xt.era.birthBlock(head));
    if (!subtensor::Extrinsic::verify(xt, kSpecVersion, kTransactionVersion, genesis, birth)) {
        // A signature that fits an earlier cycle of the same era was valid once: it expired.
        const quint64 birthNow = xt.era.birthBlock(head);
        if (!xt.era.isImmortal() && birthNow >= xt.era.period() &&
            subtensor::Extrinsic::verify(xt, kSpecVersion, kTransactionVersion, genesis,
                                         blockHash(seed, birthNow - xt.era.period())))
            return failure(
                makeError(ErrorCode::BadEra, "The transaction's mortality period has ended; sign it again."));
        return failure(makeError(
            ErrorCode::BadSignature,
            "The signature does not verify for this chain: wrong key, wrong network or altered bytes."));
    }
    const auto signer = accountFromBytes(xt.signer);
    if (!signer)
        return failure(makeError(ErrorCode::InvalidAddress, "The signer is not a 32-byte account."));
    const quint64 expected = chain.accountNonce(*signer);
    if (xt.nonce < expected)
        return failure(makeError(ErrorCode::BadNonce,
                                 "Nonce " + std::to_string(xt.nonce) + " was already used (next is " +
                                     std::to_string(expected) + "): a replay or a stale transaction."));
    if (xt.nonce > expected)
        return failure(makeError(ErrorCode::BadNonce, "Nonce " + std::to_string(xt.nonce) +
                                                          " is ahead of the account's next nonce " +
                                                          std::to_string(expected) + "."));
    chain.bumpNonce(*signer);
    QVector<TransferRecord> applied;
    auto outcome = dispatch(chain, *signer, xt.call, applied);
    if (!outcome)
        return failure(outcome.error());
    if (transfers)
        *transfers += applied;
    SubmitResult r;
    r.ok = true;
    r.block = head + 1; // applied now, sealed into the next block
    r.tao = outcome->tao.rao();
    r.alpha = outcome->alpha.rao();
    r.fee = outcome->fee;
    r.priceAfter = outcome->priceAfter;
    return r;
}

void LocalNodeExtrinsics::attachTransfers(BlockSnapshot& snapshot, const economics::Chain& chain,
                                          QVector<TransferRecord>& pending) {
    QVector<TransferRecord> later;
    for (TransferRecord& t : pending) {
        if (t.block > snapshot.number) {
            later.push_back(std::move(t));
            continue;
        }
        // Same-subnet changes swap nothing, so no trade brings their positions to the store.
        const bool stakeInPlace = t.kind == TransferRecord::Kind::Stake && t.netuid == t.destNetuid;
        if (stakeInPlace || t.kind == TransferRecord::Kind::Move) {
            QVector<std::pair<QString, QString>> changed; // (coldkey, hotkey)
            if (stakeInPlace)
                changed = {{t.from, t.hotkey}, {t.to, t.hotkey}};
            else
                changed = {{t.from, t.hotkey}, {t.from, t.destHotkey}};
            for (SubnetSnapshot& s : snapshot.subnets) {
                if (s.netuid != t.netuid || s.positionsComplete)
                    continue;
                for (const auto& [coldkey, hotkeyText] : changed) {
                    const auto id = accountFromText(coldkey);
                    const auto hotkey = accountFromText(hotkeyText);
                    if (id && hotkey)
                        s.positions.push_back(
                            {coldkey, hotkeyText, chain.stakeOf(NetUid{t.netuid}, *hotkey, *id).rao()});
                }
            }
        }
        snapshot.transfers.push_back(std::move(t));
    }
    pending = std::move(later);
}

AccountState LocalNodeExtrinsics::accountState(const economics::Chain& chain, quint64 seed,
                                               const QString& text) {
    AccountState s;
    s.account = text;
    const auto id = accountFromText(text);
    if (!id) {
        s.errorCode = QStringLiteral("InvalidAddress");
        s.message =
            QCoreApplication::translate("LocalNodeExtrinsics", "'%1' is not a valid SS58 address.").arg(text);
        return s;
    }
    s.ok = true;
    s.nonce = chain.accountNonce(*id);
    s.free = chain.freeBalance(*id).rao();
    s.block = chain.blockNumber();
    s.blockHash = blockHash(seed, s.block);
    s.genesisHash = genesisHash(seed);
    s.specVersion = kSpecVersion;
    s.transactionVersion = kTransactionVersion;
    for (const auto& [netuid, subnet] : chain.subnets())
        for (const auto& [key, alpha] : subnet.stakes)
            if (key.second == *id && !alpha.isZero())
                s.positions.push_back({netuid, accountToText(key.first), alpha.rao()});
    return s;
}

} // namespace chainclient
