#pragma once
// A real subtensor node (or the loopback server) as a NodeClient: the same BlockSnapshots the
// embedded chain produces, read over JSON-RPC through runtime APIs decoded with the node's own
// metadata V15. The work (socket, decoding) runs on the node's own thread in
// SubtensorNodeWorker; this facade only forwards calls and signals, so it never blocks the
// caller's thread.
//
// Backfill runs from startStreaming(afterBlock)+1 and needs every block from there (the store
// accepts contiguous blocks only): a pruned node answering 4003 stops the sync with a message
// asking for an archive node. An empty store (afterBlock 0) on a pruned node starts near the
// head instead (SubtensorNodeOptions::freshStartWindow).

#include "chainclient/NodeClient.h"
#include "chainclient/subtensor/SubtensorNodeWorker.h"

#include <QThread>
#include <QUrl>

namespace chainclient::subtensor {

class SubtensorNode final : public NodeClient {
    Q_OBJECT
public:
    explicit SubtensorNode(SubtensorNodeOptions options, QObject* parent = nullptr);
    ~SubtensorNode() override;

    // "finney", "test", "archive" → the SDK's public endpoints; ws:// and wss:// URLs as given.
    // Invalid for "local" (the embedded chain) and anything else.
    static QUrl endpointFor(const QString& network);

    QString networkName() const override { return network_; }
    void startStreaming(quint64 afterBlock) override;
    bool resumesFromKnownPositions() const override { return true; }
    void seedKnownPositions(const QVector<KnownStakePosition>& positions) override;
    void stop() override;
    void acknowledge(quint64 block) override;
    // A subtensor node takes only signed extrinsics: sign with a wallet and use submitExtrinsic.
    quint64 submitStake(const StakeRequest& request) override;
    // Watched with author_submitAndWatchExtrinsic: submitted() once, at inBlock or on refusal.
    quint64 submitExtrinsic(const QByteArray& extrinsic) override;
    quint64 requestAccountState(const QString& account) override;
    // TransactionPaymentApi_query_info at the head, decoded with that block's metadata.
    quint64 requestFeeEstimate(const QByteArray& extrinsic) override;
    // SwapRuntimeApi_sim_swap_* at the head: the runtime's own amounts and pool fee.
    quint64 requestSwapQuote(quint16 netuid, economics::SwapSide side, quint64 amount) override;

signals:
    // Every author_extrinsicUpdate: "ready", "inBlock", "finalized", "invalid", "dropped", …
    void extrinsicStatus(quint64 requestId, const QString& status, const QString& blockHash);

private:
    QString network_;
    QThread thread_;
    SubtensorNodeWorker* worker_ = nullptr; // lives on thread_
    quint64 nextRequestId_ = 1;
};

} // namespace chainclient::subtensor
