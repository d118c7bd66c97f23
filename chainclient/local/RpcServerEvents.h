#pragma once
// System.Events of one loopback block, SCALE-encoded in the layout RpcServerMetadata declares
// (frame_system::EventRecord with subtensor's event shapes): the block's trades as
// SubtensorModule StakeAdded / StakeRemoved, stake transfers as StakeTransferred, same-subnet
// moves as StakeMoved, TAO transfers as Balances Transfer, take changes as TakeDecreased /
// TakeIncreased (Phase::Initialization), then one ExtrinsicSuccess or
// ExtrinsicFailed per submitted extrinsic the block includes. A submitted call's own trade or
// transfer carries Phase::ApplyExtrinsic(its index); the embedded chain's simulated traders
// submit no extrinsics, so their trades carry Phase::Initialization; faucet credits
// have no counterpart on a real chain and are not reported.

#include "chainclient/NodeTypes.h"

#include <QString>
#include <cstdint>
#include <vector>

namespace chainclient {

struct RpcServerBlock;

class RpcServerEvents {
public:
    struct Included {
        QString extrinsic; // 0x hex, as chain_getBlock lists it
        bool ok = true;
        QString pallet; // module error: "SubtensorModule" or "Balances"; empty = DispatchError::Other
        QString error;  // its variant name
        // What LocalNode reported for a successful call: its trade (or TAO transfer) with these
        // amounts is the extrinsic's own event (Phase::ApplyExtrinsic), as on a real chain.
        quint64 tao = 0;
        quint64 alpha = 0;
    };

    static std::vector<std::uint8_t> encode(const RpcServerBlock& block, const std::vector<Included>& included);
    // A LocalNode refusal that a real chain makes before inclusion (JSON-RPC error 1010): bad
    // signature, nonce, era or bytes. Everything else fails at dispatch, inside a block.
    static bool refusedBeforeInclusion(const QString& errorCode);
    // The dispatch failure as the real runtime names it (pallet_subtensor::Error and friends).
    static Included dispatchFailure(const SubmitResult& result, const QByteArray& extrinsic);
};

} // namespace chainclient
