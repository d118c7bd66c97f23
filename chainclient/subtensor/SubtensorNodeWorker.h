#pragma once
// SubtensorNode's work, on the node's own thread (it owns the socket, and metadata and
// metagraph decoding stay off the GUI thread). Per block it reads the block
// hash, the runtime version (fetching metadata V15 once per spec version), then the runtime
// APIs (get_all_dynamic_info, get_selective_metagraph, get_neurons_lite on epoch blocks,
// current_alpha_price where present, get_delegates on the first block after a start and where
// the events changed a take), a few storage items and System.Events, decodes them with
// that block's metadata and hands out the same BlockSnapshot the embedded chain produces. Stake
// positions are read in a last stage that runs block by block in order (SubtensorNodePositions).
// After a submission is in a block, that block's events say whether it succeeded.
//
// Backfill runs from startStreaming(afterBlock)+1 with a few blocks in flight, bounded by
// acknowledge(); then it follows the finalized (default) or best heads. A pruned node answering 4003 for a
// block the store still needs stops the sync with a message asking for an archive node: the
// store accepts contiguous blocks only, so skipping ahead is not an option there. An empty store
// (afterBlock 0) is different: it needs no past, so when block 1's state is gone the worker
// starts near the head instead (see probeFirstBlock).
// Slots are invoked queued from SubtensorNode; answers leave as signals.

#include "chainclient/NodeClient.h"
#include "chainclient/subtensor/Metadata.h"
#include "chainclient/subtensor/RpcClient.h"
#include "chainclient/subtensor/SubtensorEvents.h"
#include "chainclient/subtensor/SubtensorNodePositions.h"
#include "chainclient/subtensor/SubtensorNodeSnapshot.h"

#include <map>
#include <memory>
#include <optional>
#include <set>

namespace chainclient::subtensor {

struct SubtensorNodeOptions {
    QString network;       // shown to people and used for the store file: "finney", "ws://…"
    RpcOptions rpc;
    int blocksInFlight = 4; // blocks fetched concurrently while catching up
    int maxAhead = 256;     // blocks fetched beyond the last acknowledged one
    int maxBatch = 64;      // blocks per blocksReady
    int maxRetries = 7;     // per block, for timeouts and dropped connections
    // Follow finalized heads (no reorgs can reach the store, a few blocks behind the best head)
    // rather than best heads (newest, but a retracted fork would stay stored).
    bool followFinalized = true;
    // An empty store on a node that no longer has block 1's state starts this many blocks below
    // the head (256 is a default pruning node's whole window), or later if the node keeps fewer.
    int freshStartWindow = 256;
};

class SubtensorNodeWorker : public QObject {
    Q_OBJECT
public:
    explicit SubtensorNodeWorker(SubtensorNodeOptions options);
    ~SubtensorNodeWorker() override;

public slots:
    void start(quint64 afterBlock);
    // Positions the next start() begins from instead of listing every key (see NodeClient).
    void seedPositions(const QVector<chainclient::KnownStakePosition>& positions);
    void halt();
    void acknowledge(quint64 block);
    void submitExtrinsic(quint64 requestId, const QByteArray& extrinsic);
    void accountState(quint64 requestId, const QString& account);
    void estimateFee(quint64 requestId, const QByteArray& extrinsic);
    // SwapRuntimeApi sim_swap_* at the head (SubtensorNodeWorkerSwap.cpp).
    void swapQuote(quint64 requestId, quint16 netuid, economics::SwapSide side, quint64 amount);

signals:
    void newHead(quint64 number);
    void blocksReady(const chainclient::BlockBatch& blocks);
    void catchUpProgress(quint64 delivered, quint64 target);
    void submitted(const chainclient::SubmitResult& result);
    void failed(const QString& message);
    void accountStateReady(const chainclient::AccountState& state);
    void feeEstimated(const chainclient::FeeEstimate& estimate);
    void swapQuoted(const chainclient::SwapQuote& quote);

    // Every author_extrinsicUpdate: "ready", "inBlock", "finalized", "invalid", "dropped", …
    void extrinsicStatus(quint64 requestId, const QString& status, const QString& blockHash);

private:
    struct Fetch; // one block being read
    using MetadataPtr = std::shared_ptr<const Metadata>;

    void pump();
    // Empty store: finds the first block whose state the node still serves, then starts there.
    void probeFirstBlock();
    void readable(quint64 number, std::function<void(bool readable, const RpcError& error)> then);
    void searchFirstReadable(quint64 unreadable, quint64 readableBlock, quint64 head);
    void beginAt(quint64 first);
    void fetch(quint64 number, int attempt = 0);
    void withMetadata(quint32 spec, const QString& hash, std::function<void(MetadataPtr)> then,
                      std::function<void(const RpcError&)> fail);
    void readBlock(const std::shared_ptr<Fetch>& f);
    void readSubnets(const std::shared_ptr<Fetch>& f);
    void finishBlock(const std::shared_ptr<Fetch>& f);
    // The positions stage of the next block to deliver (see SubtensorNodePositions).
    void readPositions(quint64 number);
    void readPositionsWith(quint64 number, const std::vector<AccountId>& allColdkeys);
    void listColdkeys(quint64 number, const QString& startKey, std::shared_ptr<std::set<AccountId>> found);
    void positionsFailed(quint64 number, const RpcError& error);
    // inBlock: reads the block's body and events for the outcome of extrinsic `hex`.
    void reportInclusion(quint64 id, const QString& hex, const QString& blockHash);
    // (block, the call's outcome when found in the events, the subnet's price after it)
    using InclusionReport = std::function<void(quint64, const std::optional<ExtrinsicOutcome>&, std::optional<double>)>;
    void reportWithPrice(quint64 block, const QString& blockHash, const ExtrinsicOutcome& outcome, const MetadataPtr& md,
                         const InclusionReport& report);
    void fail(const std::shared_ptr<Fetch>& f, const RpcError& error);
    void fatal(const QString& message);
    void deliver();
    void onHead(quint64 number);
    void submitFailed(quint64 id, const QString& code, const QString& message);

    SubtensorNodeOptions options_;
    RpcClient* rpc_ = nullptr;
    quint64 generation_ = 0; // bumped by start/stop so stale answers are dropped
    bool running_ = false;
    // An empty store's first block is being looked for: nothing is fetched until beginAt().
    enum class Probe { None, WaitingForHead, Running } probe_ = Probe::None;
    quint64 delivered_ = 0;
    quint64 nextFetch_ = 1;
    quint64 head_ = 0;
    quint64 acked_ = 0;
    quint64 takesAt_ = 0; // the first block after a start: it reads every delegate's take
    int inFlight_ = 0;
    quint64 headSub_ = 0;
    std::map<quint64, BlockSnapshot> ready_;
    std::optional<BlockSnapshot> previous_; // last delivered block, for lifecycle events
    struct PositionInputs {
        QString hash;
        MetadataPtr md;
        BlockEvents events;
        std::set<quint16> epochs;
        std::map<quint16, std::vector<SubtensorNodePositions::Pair>> extra;
    };
    std::map<quint64, PositionInputs> positionInputs_; // blocks in ready_ whose positions are not read yet
    SubtensorNodePositions positions_;
    std::optional<QVector<KnownStakePosition>> positionSeed_; // for the next start() only
    bool positionsBusy_ = false;
    int positionsAttempt_ = 0;
    std::map<quint32, MetadataPtr> metadata_;
    std::map<quint32, std::vector<std::pair<std::function<void(MetadataPtr)>, std::function<void(const RpcError&)>>>>
        metadataWaiters_;
};

} // namespace chainclient::subtensor
