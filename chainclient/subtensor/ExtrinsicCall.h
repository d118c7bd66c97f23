#pragma once
// The calls a wallet signs, encoded as the runtime's call enum (chain-protocol.md §3 "Call
// encoding"): pallet index, call index, arguments in declaration order. Stake amounts are plain
// u64 LE; balance transfers use Compact<u64>. The indices are the spec-343..425 values; the
// decoder rejects anything else so a node never applies a call it does not understand.

#include "chainclient/economics/Result.h"
#include "chainclient/subtensor/ScaleReader.h"

#include <QByteArray>
#include <cstdint>
#include <vector>

namespace chainclient::subtensor {

enum class CallKind : std::uint16_t {
    // (pallet << 8) | call, so the value is the two prefix bytes.
    TransferAllowDeath = 0x0500,
    TransferKeepAlive = 0x0503,
    AddStake = 0x0702,
    RemoveStake = 0x0703,
    MoveStake = 0x0755,
    TransferStake = 0x0756,
    SwapStake = 0x0757,
    AddStakeLimit = 0x0758,
    RemoveStakeLimit = 0x0759,
    SwapStakeLimit = 0x075a,
    BatchAll = 0x0b02,
};

const char* callKindName(CallKind kind);

// One struct for every supported call; fields a call does not take stay at their defaults.
// Account fields hold 32 raw bytes.
struct Call {
    CallKind kind = CallKind::AddStake;
    QByteArray hotkey;      // add/remove/swap/limit: hotkey; move: origin hotkey; transfer_stake: hotkey
    QByteArray destination; // move: destination hotkey; transfer_stake: destination coldkey; transfers: dest
    std::uint16_t netuid = 0;     // origin netuid for move/swap/transfer_stake
    std::uint16_t destNetuid = 0; // move/swap/transfer_stake
    std::uint64_t amount = 0;     // TAO rao (add, transfers) or Alpha rao (remove/move/swap)
    std::uint64_t limitPrice = 0; // rao of TAO per Alpha (price × 1e9), *_limit calls only
    bool allowPartial = false;    // *_limit calls only
    std::vector<Call> batch;      // BatchAll only

    static Call addStake(const QByteArray& hotkey, std::uint16_t netuid, std::uint64_t taoRao);
    static Call removeStake(const QByteArray& hotkey, std::uint16_t netuid, std::uint64_t alphaRao);
    static Call addStakeLimit(const QByteArray& hotkey, std::uint16_t netuid, std::uint64_t taoRao,
                              std::uint64_t limitPrice, bool allowPartial);
    static Call removeStakeLimit(const QByteArray& hotkey, std::uint16_t netuid, std::uint64_t alphaRao,
                                 std::uint64_t limitPrice, bool allowPartial);
    static Call moveStake(const QByteArray& originHotkey, const QByteArray& destinationHotkey,
                          std::uint16_t originNetuid, std::uint16_t destinationNetuid,
                          std::uint64_t alphaRao);
    static Call transferStake(const QByteArray& destinationColdkey, const QByteArray& hotkey,
                              std::uint16_t originNetuid, std::uint16_t destinationNetuid,
                              std::uint64_t alphaRao);
    static Call swapStake(const QByteArray& hotkey, std::uint16_t originNetuid,
                          std::uint16_t destinationNetuid, std::uint64_t alphaRao);
    static Call transferKeepAlive(const QByteArray& dest, std::uint64_t taoRao);
    static Call batchAll(std::vector<Call> calls);

    QByteArray encode() const;
    static economics::Result<Call> decode(ScaleReader& reader);
    // The whole buffer must be one call.
    static economics::Result<Call> decode(const QByteArray& bytes);
};

// Rao of TAO per Alpha from a TAO-per-Alpha price, rounded to nearest (limit prices on the wire).
std::uint64_t limitPriceToRao(double taoPerAlpha);
double limitPriceFromRao(std::uint64_t raoPerAlpha);

} // namespace chainclient::subtensor
