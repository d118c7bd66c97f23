#pragma once
// The embedded chain's transaction pool of one: checks a signed v4 extrinsic the way a subtensor
// node does (decode, signature over the chain's genesis/era/runtime, nonce) and applies its call
// to the economics core. Pure over a Chain so it is tested without threads; LocalNodeWorker calls it.

#include "chainclient/NodeClient.h"
#include "chainclient/economics/Chain.h"

#include <QByteArray>
#include <QVector>

namespace chainclient {

class LocalNodeExtrinsics {
  public:
    // The local runtime signs like spec 425 (same extension list as 343, chain-protocol.md §3).
    static constexpr quint32 kSpecVersion = 425;
    static constexpr quint32 kTransactionVersion = 1;

    // Deterministic per scenario seed, so a resumed chain keeps its identity and two local
    // profiles with different seeds do not accept each other's extrinsics.
    static QByteArray genesisHash(quint64 seed);
    static QByteArray blockHash(quint64 seed, quint64 block); // block 0 = genesis

    // Rejections (nothing changes): MalformedData/NotSupported for undecodable or unsupported
    // bytes, BadSignature (wrong key, genesis, runtime or tampered bytes), BadEra (expired
    // mortality), BadNonce (replayed/stale or future nonce). Once those pass, the nonce is
    // consumed even if the call itself then fails, as on chain.
    // `transfers` (optional) gets a record of every TAO or stake transfer the call applied, for
    // the block that seals it: the economics core reports trades as events, not transfers.
    static SubmitResult apply(economics::Chain& chain, quint64 seed, const QByteArray& extrinsic,
                              QVector<TransferRecord>* transfers = nullptr);

    // Hands the records sealed by `snapshot` (block ≤ its number) over to it, and adds the stake
    // positions a same-subnet stake transfer changed: it swaps nothing, so no trade reports them.
    static void attachTransfers(BlockSnapshot& snapshot, const economics::Chain& chain,
                                QVector<TransferRecord>& pending);

    static AccountState accountState(const economics::Chain& chain, quint64 seed, const QString& account);
};

} // namespace chainclient
