#pragma once
// What a node hands to the rest of the app, whichever node it is (embedded or subtensor).
// Amounts are integer rao; prices are TAO per Alpha as double (display and charts only).

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QVector>
#include <cstdint>

namespace chainclient {

// One UID of a subnet's metagraph as of an epoch.
struct MetagraphRow {
    quint16 uid = 0;
    QString hotkey;
    QString coldkey;
    quint64 alphaStake = 0; // Alpha staked on the hotkey on this subnet, rao
    quint64 taoStake = 0;   // the hotkey's root (TAO) stake, rao
    quint64 stake = 0;      // alpha_stake + tao_stake × tao weight (the metagraph's "S")
    double incentive = 0;
    double dividends = 0;
    quint64 emission = 0; // Alpha rao of the last epoch
    double consensus = 0;
    double validatorTrust = 0;
    bool validatorPermit = false;
    bool active = false;
    quint64 lastUpdate = 0;
    quint64 registeredAt = 0;
};

// Alpha a coldkey has staked on one hotkey of one subnet.
struct StakePosition {
    QString coldkey;
    QString hotkey;
    quint64 alpha = 0; // rao; 0 = the position is gone
    // 0: the value as of the snapshot's block, a change only if it differs from the known one.
    // Otherwise a change the node already found (possibly back to the known value) in this
    // block, handed out once with a later block of the same batch.
    quint64 block = 0;
};

// A position a consumer already stored, with its subnet (NodeClient::seedKnownPositions).
struct KnownStakePosition {
    quint16 netuid = 0;
    QString coldkey; // SS58
    QString hotkey;
    quint64 alpha = 0; // rao
};

// The per-subnet knobs shown with a subnet; what the node does not know stays 0.
struct SubnetHyperparameters {
    quint16 tempo = 360;
    quint16 maxUids = 256;
    quint16 maxValidators = 0;
    quint16 immunityPeriod = 0;          // neurons' immunity on this subnet, blocks
    quint64 networkImmunityPeriod = 0;   // chain-wide: blocks after registration a subnet cannot be pruned
    quint64 burn = 0; // neuron registration price, rao
    quint64 activityCutoff = 0;
    bool emissionEnabled = true;
    bool registrationAllowed = true;
};

struct SubnetSnapshot {
    quint16 netuid = 0;
    QString name;
    QString symbol;
    QString ownerColdkey; // SS58
    QString ownerHotkey;
    quint64 registeredAt = 0;
    bool started = false;
    quint64 taoIn = 0;    // pool TAO reserve, rao
    quint64 alphaIn = 0;  // pool Alpha reserve, rao
    quint64 alphaOut = 0; // Alpha outside the pool, rao
    double price = 0;
    double movingPrice = 0;
    double taoWeight = 0.5;
    quint16 feeRate = 33;
    quint64 taoInEmission = 0;
    quint64 alphaInEmission = 0;
    quint64 alphaOutEmission = 0;
    double emissionShare = 0;
    quint64 volume = 0; // cumulative TAO volume, rao (saturating)
    quint16 nUids = 0;
    quint16 maxUids = 256;
    quint16 nValidators = 0;
    quint16 tempo = 360;
    quint32 nStakers = 0; // distinct coldkeys with Alpha staked on this subnet
    SubnetHyperparameters hyperparameters;
    // Filled only on blocks where this subnet ran its epoch (empty otherwise).
    QVector<MetagraphRow> metagraph;
    // The subnet ran its epoch but the consumer said it keeps no metagraph rows of it.
    bool metagraphOmitted = false;
    // Stake positions that changed in this block (or earlier in the batch, see
    // StakePosition::block). When positionsComplete is set they are the subnet's whole set and
    // replace what was known.
    bool positionsComplete = false;
    QVector<StakePosition> positions;
    // Set when the consumer said it keeps no snapshot row for this block: then only netuid,
    // price, moving price, emission share, metagraph and positions are filled.
    bool partial = false;
};

// A subnet's price in a block whose snapshot rows the consumer drops (BlockSnapshot::prices).
struct SubnetPrice {
    quint16 netuid = 0;
    double price = 0;
    double emissionShare = 0;
};

enum class TradeSide : quint8 { Stake = 0, Unstake = 1 };

struct TradeRecord {
    quint64 block = 0;
    quint16 netuid = 0;
    TradeSide side = TradeSide::Stake;
    QString coldkey;
    QString hotkey;
    quint64 tao = 0;
    quint64 alpha = 0;
    quint64 fee = 0;
    double priceAfter = 0;
};

struct SubnetEventRecord {
    quint64 block = 0;
    quint16 netuid = 0;
    QString kind; // "registered", "started", "dissolved", "epoch"
};

// Value that changed hands without a trade of the sender's own: a TAO transfer, a stake
// transfer to another coldkey, or the local faucet's credit. Reported in the block that sealed it.
struct TransferRecord {
    // Move: the coldkey's own stake moved to another hotkey on the same subnet. The chain swaps
    // nothing for it, so no trade reports it; this record is its only trace.
    enum class Kind : quint8 { Tao = 0, Stake = 1, Faucet = 2, Move = 3 };
    quint64 block = 0;
    Kind kind = Kind::Tao;
    QString from; // SS58 coldkey; empty for the faucet
    QString to;   // SS58 coldkey
    quint64 tao = 0;   // rao: sent (Tao, Faucet) or the stake's TAO value at the chain's price (Stake)
    quint64 alpha = 0; // rao of Alpha sent (Stake only)
    quint16 netuid = 0;     // Stake: origin subnet
    quint16 destNetuid = 0; // Stake: destination subnet
    QString hotkey;         // Stake: the hotkey the stake stays on; Move: the origin hotkey
    QString destHotkey;     // Move: the hotkey the stake went to
};

// The share of its dividends a delegate (validator hotkey) keeps before its nominators,
// a u16 proportion of 65535 (subtensor's Delegates map). A hotkey without an entry charges the
// chain's default, ≈ 18 %.
inline constexpr quint16 kDefaultDelegateTake = 11'796;
struct DelegateTake {
    QString hotkey; // SS58
    quint16 take = kDefaultDelegateTake;
};

struct BlockSnapshot {
    quint64 number = 0;
    qint64 timestampMs = 0;
    quint64 totalIssuance = 0;
    quint64 rootStake = 0;
    QVector<SubnetSnapshot> subnets;
    // Set when the consumer keeps no snapshot row of this block (LocalNode's snapshot plan):
    // every subnet's price, while `subnets` lists only the subnets (partial) that carry metagraph
    // rows or stake positions. A whole snapshot per subnet and block cost a backfill seconds.
    QVector<SubnetPrice> prices;
    QVector<TradeRecord> trades;
    QVector<SubnetEventRecord> events;
    QVector<TransferRecord> transfers;
    // Set on the first block a node hands out after a start and on blocks that changed a take:
    // then `delegateTakes` is the chain's whole Delegates map as of this block (a hotkey not
    // listed charges kDefaultDelegateTake). Unset: the takes are as last sent.
    bool delegateTakesKnown = false;
    QVector<DelegateTake> delegateTakes;
    // The embedded chain's whole state after this block, when the node wants it persisted
    // together with this block (in the same transaction as the sync cursor). Empty otherwise.
    QByteArray chainState;
};

using BlockBatch = QVector<BlockSnapshot>;

// What every answer of a node to one request carries (SubmitResult, AccountState, FeeEstimate,
// SwapQuote): the request's id, whether it worked, and if not a code and a sentence.
struct NodeAnswer {
    quint64 requestId = 0;
    bool ok = false;
    QString errorCode; // e.g. "InsufficientBalance"
    QString message;   // human sentence

    // The outcome: an empty code is success; otherwise the code and the sentence saying why.
    void settle(const QString& code, const QString& why) {
        ok = code.isEmpty();
        errorCode = code;
        message = why;
    }
};

struct SubmitResult : NodeAnswer {
    quint64 block = 0; // block that included it
    quint64 tao = 0;
    quint64 alpha = 0;
    quint64 fee = 0;
    double priceAfter = 0;
};

} // namespace chainclient

Q_DECLARE_METATYPE(chainclient::BlockBatch)
Q_DECLARE_METATYPE(chainclient::SubmitResult)
