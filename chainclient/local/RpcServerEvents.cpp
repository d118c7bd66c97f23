#include "chainclient/local/RpcServerEvents.h"

#include "chainclient/local/AccountText.h"
#include "chainclient/local/RpcServerBlock.h"
#include "chainclient/local/RpcServerMetadata.h"
#include "chainclient/subtensor/Extrinsic.h"
#include "chainclient/subtensor/Hex.h"
#include "chainclient/subtensor/ScaleWriter.h"

#include <map>
#include <optional>
#include <stdexcept>

namespace chainclient {
namespace {

using subtensor::ScaleWriter;

// (pallet index, variant index) of an event or error the loopback metadata declares.
std::pair<std::uint8_t, std::uint8_t> indexOf(const char* pallet, const std::string& name, bool error) {
    const auto& md = RpcServerMetadata::metadata();
    const auto* p = md.pallet(pallet);
    const auto type = p ? (error ? p->errorType : p->eventType) : std::nullopt;
    const auto* t = type ? md.types().type(*type) : nullptr;
    const auto* v = t ? t->variantByName(name) : nullptr;
    // The names come from this file and RpcServerMetadata: a miss is a bug, not input.
    if (!v) throw std::logic_error("loopback metadata lacks " + std::string(pallet) + "::" + name);
    return {p->index, v->index};
}

void account(ScaleWriter& w, const QString& ss58) {
    const economics::AccountId id = accountFromText(ss58).value_or(economics::AccountId{});
    w.writeBytes(id.bytes);
}

void header(ScaleWriter& w, std::optional<std::uint32_t> extrinsic, const char* pallet, const char* event) {
    if (extrinsic) w.writeU8(0).writeU32(*extrinsic); // Phase::ApplyExtrinsic
    else w.writeU8(2);                                // Phase::Initialization
    const auto [p, v] = indexOf(pallet, event, false);
    w.writeU8(p).writeU8(v);
}

void dispatchInfo(ScaleWriter& w) { w.writeCompact(0).writeCompact(0).writeU8(0).writeU8(0); } // weight, Normal, Pays::Yes

} // namespace

std::vector<std::uint8_t> RpcServerEvents::encode(const RpcServerBlock& b, const std::vector<Included>& included) {
    // Which trade or TAO transfer is a submitted call's own: the first not yet claimed with the
    // amounts LocalNode reported for it (a move across subnets claims its stake leg).
    const auto nTrades = static_cast<std::size_t>(b.trades.size()), nTransfers = static_cast<std::size_t>(b.transfers.size());
    std::vector<std::optional<std::uint32_t>> tradePhase(nTrades), transferPhase(nTransfers);
    for (std::size_t i = 0; i < included.size(); ++i) {
        const Included& x = included[i];
        if (!x.ok || (x.tao == 0 && x.alpha == 0)) continue;
        bool claimed = false;
        for (std::size_t k = 0; k < nTrades && !claimed; ++k)
            if (!tradePhase[k] && b.trades[k].tao == x.tao && b.trades[k].alpha == x.alpha)
                tradePhase[k] = static_cast<std::uint32_t>(i), claimed = true;
        for (std::size_t k = 0; k < nTransfers && !claimed && x.alpha == 0; ++k)
            if (!transferPhase[k] && b.transfers[k].kind == TransferRecord::Kind::Tao && b.transfers[k].tao == x.tao)
                transferPhase[k] = static_cast<std::uint32_t>(i), claimed = true;
    }
    ScaleWriter body;
    std::size_t n = 0;
    for (std::size_t k = 0; k < nTrades; ++k) {
        const auto& t = b.trades[k];
        header(body, tradePhase[k], "SubtensorModule", t.side == TradeSide::Stake ? "StakeAdded" : "StakeRemoved");
        account(body, t.coldkey);
        account(body, t.hotkey);
        body.writeU64(t.tao).writeU64(t.alpha).writeU16(t.netuid).writeU64(t.fee).writeCompact(0);
        ++n;
    }
    for (std::size_t k = 0; k < nTransfers; ++k) {
        const auto& t = b.transfers[k];
        switch (t.kind) {
        case TransferRecord::Kind::Tao:
            header(body, transferPhase[k], "Balances", "Transfer");
            account(body, t.from);
            account(body, t.to);
            body.writeU64(t.tao);
            break;
        case TransferRecord::Kind::Stake:
            header(body, std::nullopt, "SubtensorModule", "StakeTransferred");
            account(body, t.from);
            account(body, t.to);
            account(body, t.hotkey);
            body.writeU16(t.netuid).writeU16(t.destNetuid).writeU64(t.tao);
            break;
        case TransferRecord::Kind::Move:
            header(body, std::nullopt, "SubtensorModule", "StakeMoved");
            account(body, t.from);
            account(body, t.hotkey);
            body.writeU16(t.netuid);
            account(body, t.destHotkey);
            body.writeU16(t.destNetuid).writeU64(t.tao);
            break;
        case TransferRecord::Kind::Faucet:
            continue;
        }
        body.writeCompact(0); // topics
        ++n;
    }
    for (const auto& c : b.takeChanges) {
        header(body, std::nullopt, "SubtensorModule", c.increased ? "TakeIncreased" : "TakeDecreased");
        body.writeBytes(c.coldkey).writeBytes(c.hotkey).writeU16(c.take).writeCompact(0);
        ++n;
    }
    for (std::size_t i = 0; i < included.size(); ++i) {
        const Included& x = included[i];
        header(body, static_cast<std::uint32_t>(i), "System", x.ok ? "ExtrinsicSuccess" : "ExtrinsicFailed");
        if (!x.ok) {
            if (x.pallet.isEmpty()) {
                body.writeU8(0); // DispatchError::Other
            } else {
                const auto [p, e] = indexOf(x.pallet.toLatin1().constData(), x.error.toStdString(), true);
                body.writeU8(3).writeU8(p).writeU8(e).writeU8(0).writeU8(0).writeU8(0); // Module(ModuleError)
            }
        }
        dispatchInfo(body);
        body.writeCompact(0);
        ++n;
    }
    ScaleWriter w;
    w.writeCompact(n).writeBytes(body.bytes());
    return w.take();
}

bool RpcServerEvents::refusedBeforeInclusion(const QString& code) {
    static const QStringList validity{"BadSignature", "BadNonce", "BadEra", "BadGenesis", "MalformedData", "InvalidAddress", "NotSupported"};
    return validity.contains(code);
}

RpcServerEvents::Included RpcServerEvents::dispatchFailure(const SubmitResult& r, const QByteArray& extrinsic) {
    using subtensor::CallKind;
    Included x;
    x.ok = false;
    x.extrinsic = QString::fromStdString(subtensor::Hex::encode(
        std::span(reinterpret_cast<const std::uint8_t*>(extrinsic.constData()), static_cast<std::size_t>(extrinsic.size()))));
    const auto decoded = subtensor::Extrinsic::decode(extrinsic);
    const CallKind kind = decoded ? decoded->call.kind : CallKind::AddStake;
    static const std::map<QString, QString> subtensor{
        {"SlippageTooHigh", "SlippageTooHigh"},      {"BelowMinStake", "AmountTooLow"},
        {"InvalidAmount", "AmountTooLow"},           {"SubnetNotFound", "SubnetNotExists"},
        {"SubnetNotActive", "SubtokenDisabled"},     {"ReservesTooLow", "InsufficientLiquidity"},
        {"InputTooLarge", "InsufficientLiquidity"},  {"HotkeyNotRegistered", "HotKeyAccountNotExists"},
        {"TooManyRegistrations", "TooManyRegistrationsThisInterval"}, {"SubnetLimitReached", "SubnetLimitReached"},
        {"NotOwner", "NotSubnetOwner"},              {"NotYetAllowed", "NeedWaitingMoreBlocksToStarCall"},
        {"HotkeyAlreadyRegistered", "HotKeyAlreadyRegisteredInSubNet"}};
    if (r.errorCode == QLatin1String("InsufficientBalance")) {
        if (kind == CallKind::TransferAllowDeath || kind == CallKind::TransferKeepAlive) {
            x.pallet = QStringLiteral("Balances");
            x.error = QStringLiteral("InsufficientBalance");
        } else {
            x.pallet = QStringLiteral("SubtensorModule");
            const bool buys = kind == CallKind::AddStake || kind == CallKind::AddStakeLimit;
            x.error = buys ? QStringLiteral("NotEnoughBalanceToStake") : QStringLiteral("NotEnoughStakeToWithdraw");
        }
    } else if (const auto it = subtensor.find(r.errorCode); it != subtensor.end()) {
        x.pallet = QStringLiteral("SubtensorModule");
        x.error = it->second;
    }
    return x;
}

} // namespace chainclient
