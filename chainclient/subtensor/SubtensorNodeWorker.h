#pragma once
// A real subtensor node (or the loopback server) as a NodeClient. Per block it reads the block
// hash, the runtime version (fetching metadata V15 once per spec version), then the runtime
// APIs (get_all_dynamic_info, get_selective_metagraph, get_neurons_lite on epoch blocks,
// current_alpha_price where present) and a few storage items, decodes them with that block's
// metadata and hands out the same BlockSnapshot the embedded chain produces.
//
// Backfill runs from startStreaming(afterBlock)+1 with a few blocks in flight, bounded by
// acknowledge(); then it follows the finalized (default) or best heads. A pruned node answering 4003 for a
// block the store still needs stops the sync with a message asking for an archive node: the
// store accepts contiguous blocks only, so skipping ahead is not an option here.
// Lives on the thread that creates it; never blocks it.

#include "chainclient/NodeClient.h"
#include "chainclient/subtensor/Metadata.h"
#include "chainclient/subtensor/RpcClient.h"
#include "chainclient/subtensor/SubtensorNodeSnapshot.h"

#include <map>
#include <memory>
#include <optional>

namespace chainclient::subtensor {

struct SubtensorNodeOptions {
    QString network;       // shown to people and used for the store file: "finney", "ws://…"
    RpcOptions rpc;
    int blocksInFlight = 4; // blocks fetched concurrently while catching up
    int maxAhead = 256;     // blocks fetched beyond the last acknowledged one
    int maxBatch = 64;      // blocks per blocksReady
    int maxRetries = 5;     // per block, for timeouts and dropped connections
    // Follow finalized heads (no reorgs can reach the store, a few blocks behind the best head)
    // rather than best heads (newest, but a retracted fork would stay stored).
    bool followFinalized = true;
};

class SubtensorNode final : public NodeClient {
    Q_OBJECT
public:
    explicit SubtensorNode(SubtensorNodeOptions options, QObject* parent = nullptr);
    ~SubtensorNode() override;

    // "finney", "test", "archive" → the SDK's public endpoints; ws:// and wss:// URLs as given.
    // Invalid for "local" (the embedded chain) and anything else.
    static QUrl endpointFor(const QString& network);

    QString networkName() const override { return options_.network; }
    void startStreaming(quint64 afterBlock) override;
    void stop() override;
    void acknowledge(quint64 block) override;
    // A subtensor node takes only signed extrinsics: sign with a wallet and use submitExtrinsic.
    quint64 submitStake(const StakeRequest& request) override;
    quint64 submitExtrinsic(const QByteArray& extrinsic) override;
    quint64 requestAccountState(const QString& account) override;

    RpcClient& rpc() { return *rpc_; }

signals:
    // Every author_extrinsicUpdate: "ready", "inBlock", "finalized", "invalid", "dropped", …
    void extrinsicStatus(quint64 requestId, const QString& status, const QString& blockHash);

private:
    struct Fetch; // one block being read
    using MetadataPtr = std::shared_ptr<const Metadata>;

    void pump();
    void fetch(quint64 number, int attempt = 0);
    void withMetadata(quint32 spec, const QString& hash, std::function<void(MetadataPtr)> then,
                      std::function<void(const RpcError&)> fail);
    void readBlock(const std::shared_ptr<Fetch>& f);
    void readSubnets(const std::shared_ptr<Fetch>& f);
    void finishBlock(const std::shared_ptr<Fetch>& f);
    void fail(const std::shared_ptr<Fetch>& f, const RpcError& error);
    void fatal(const QString& message);
    void deliver();
    void onHead(quint64 number);
    void submitFailed(quint64 id, const QString& code, const QString& message);

    SubtensorNodeOptions options_;
    RpcClient* rpc_ = nullptr;
    quint64 generation_ = 0; // bumped by start/stop so stale answers are dropped
    bool running_ = false;
    quint64 delivered_ = 0;
    quint64 nextFetch_ = 1;
    quint64 head_ = 0;
    quint64 acked_ = 0;
    int inFlight_ = 0;
    quint64 headSub_ = 0;
    std::map<quint64, BlockSnapshot> ready_;
    std::optional<BlockSnapshot> previous_; // last delivered block, for lifecycle events
    std::map<quint32, MetadataPtr> metadata_;
    std::map<quint32, std::vector<std::pair<std::function<void(MetadataPtr)>, std::function<void(const RpcError&)>>>>
        metadataWaiters_;
    quint64 nextSubmitId_ = 1;
};

} // namespace chainclient::subtensor
