#pragma once
// The ONE interface both the embedded LocalNode and a real subtensor node implement.
// Asynchronous: calls return at once; results arrive as signals on the caller's thread.

#include "chainclient/NodeTypes.h"
#include "chainclient/economics/Pool.h"

#include <QObject>

namespace chainclient {

struct StakeRequest {
    enum class Kind { Add, Remove } kind = Kind::Add;
    QString coldkey; // SS58
    QString hotkey;  // SS58
    quint16 netuid = 0;
    quint64 amount = 0; // rao: TAO for Add, Alpha for Remove
    double limitPrice = 0; // 0 = no limit
    bool allowPartial = false;
};

// What a wallet needs from the node for one account: the nonce and chain parameters to sign
// with, the free balance and its stake positions, all read at one head block.
struct AccountState : NodeAnswer {
    struct Position {
        quint16 netuid = 0;
        QString hotkey; // SS58
        quint64 alpha = 0; // rao
    };
    QString account; // SS58
    quint64 nonce = 0;
    quint64 free = 0;  // rao
    quint64 block = 0; // head the state was read at
    QByteArray blockHash; // of `block`: a mortal era born there signs over it
    QByteArray genesisHash;
    quint32 specVersion = 0;
    quint32 transactionVersion = 0;
    QVector<Position> positions;
};

// The network fee the node's runtime would charge for one extrinsic (rao).
struct FeeEstimate : NodeAnswer {
    quint64 fee = 0;
};

// What the node's runtime says a stake (TAO → Alpha) or unstake (Alpha → TAO) would do at its
// head (SwapRuntimeApi sim_swap_*): the chain's own amounts and pool fee, not a local estimate.
struct SwapQuote : NodeAnswer {
    quint16 netuid = 0;
    economics::SwapSide side = economics::SwapSide::Buy; // Buy = stake, Sell = unstake
    quint64 amount = 0;      // what was asked, rao of the input currency
    quint64 taoAmount = 0;   // stake: TAO taken, fee included; unstake: TAO paid out
    quint64 alphaAmount = 0; // stake: Alpha received; unstake: Alpha taken, fee included
    quint64 taoFee = 0;      // a stake's pool fee
    quint64 alphaFee = 0;    // an unstake's pool fee
    double priceBefore = 0;  // TAO per Alpha at `block`; 0 = the node did not say
    quint64 block = 0;       // the head the quote was computed at
    bool buys() const { return side == economics::SwapSide::Buy; }
    quint64 amountIn() const { return buys() ? taoAmount : alphaAmount; }
    quint64 amountOut() const { return buys() ? alphaAmount : taoAmount; }
    quint64 fee() const { return buys() ? taoFee : alphaFee; }
};

class NodeClient : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~NodeClient() override = default;

    virtual QString networkName() const = 0;

    // Begin delivering blocks after `afterBlock` (0 = from genesis / earliest available), then
    // follow the head. Idempotent; calling it again restarts delivery from the new point.
    virtual void startStreaming(quint64 afterBlock) = 0;
    virtual void stop() = 0;

    // A node that cannot ask "which positions changed" (a real one lists every staking key of
    // the network on its first block, minutes on finney) resumes from the positions the
    // consumer stored instead: the consumer passes them, as of its cursor block, right before
    // startStreaming(). Others ignore them and need not be asked.
    virtual bool resumesFromKnownPositions() const { return false; }
    virtual void seedKnownPositions(const QVector<KnownStakePosition>& positions) { Q_UNUSED(positions); }

    // Flow control: the consumer reports the last block it has durably stored, so a node
    // producing or fetching faster than the store writes keeps only a few batches in flight.
    virtual void acknowledge(quint64 block) = 0;

    // Submit a call; the outcome arrives through submitted() with the same id.
    virtual quint64 submitStake(const StakeRequest& request) = 0;

    // Submit a signed v4 extrinsic (the exact bytes a subtensor node accepts); the outcome
    // arrives through submitted() with the returned id. Nodes that cannot take one say so there.
    virtual quint64 submitExtrinsic(const QByteArray& extrinsic) { return unsupported(extrinsic.isEmpty()); }
    // Read one account (SS58); the answer arrives through accountStateReady() with the id.
    virtual quint64 requestAccountState(const QString& account) { return unsupported(account.isEmpty()); }
    // The fee for this exact signed extrinsic (or a same-length one with a zero signature); the
    // answer arrives through feeEstimated() with the id. Default: 0, which is honest for the
    // embedded chain, whose extrinsics are charged no fee; a real node asks its runtime.
    virtual quint64 requestFeeEstimate(const QByteArray& extrinsic);
    // What trading `amount` (rao of the input currency) on `netuid` would give at the head; the
    // answer arrives through swapQuoted() with the id. Default: NotSupported.
    virtual quint64 requestSwapQuote(quint16 netuid, economics::SwapSide side, quint64 amount);

signals:
    void newHead(quint64 number);
    // Blocks in order, contiguous, each exactly once per startStreaming().
    void blocksReady(const chainclient::BlockBatch& blocks);
    // Catch-up progress: where delivery stands against the head it is chasing.
    void catchUpProgress(quint64 delivered, quint64 target);
    void submitted(const chainclient::SubmitResult& result);
    void failed(const QString& message);
    void accountStateReady(const chainclient::AccountState& state);
    void feeEstimated(const chainclient::FeeEstimate& estimate);
    void swapQuoted(const chainclient::SwapQuote& quote);

private:
    // Default for nodes without signed submission: a NotSupported answer, delivered later
    // like every other answer so callers need only one code path.
    quint64 unsupported(bool) {
        const quint64 id = ++unsupportedIds_ | (quint64{1} << 63);
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                SubmitResult r;
                r.requestId = id;
                r.errorCode = QStringLiteral("NotSupported");
                r.message = tr("This node does not accept signed calls yet.");
                emit submitted(r);
                AccountState a;
                a.requestId = id;
                a.errorCode = r.errorCode;
                a.message = r.message;
                emit accountStateReady(a);
            },
            Qt::QueuedConnection);
        return id;
    }
    quint64 unsupportedIds_ = 0;
    quint64 feeIds_ = 0;
    quint64 swapQuoteIds_ = 0;
};

// Registers the signal argument types for queued connections; call once at start-up.
void registerNodeMetaTypes();

} // namespace chainclient

Q_DECLARE_METATYPE(chainclient::StakeRequest)
Q_DECLARE_METATYPE(chainclient::AccountState)
Q_DECLARE_METATYPE(chainclient::FeeEstimate)
Q_DECLARE_METATYPE(chainclient::SwapQuote)
