#pragma once
// Runs on LocalNode's thread: the only code that touches the Simulation.

#include "chainclient/NodeClient.h"
#include "chainclient/economics/Simulation.h"
#include "chainclient/local/LocalNode.h"
#include "chainclient/local/SnapshotBuilder.h"

#include <QObject>
#include <QTimer>
#include <atomic>
#include <map>
#include <optional>

namespace chainclient {

class LocalNodeWorker : public QObject {
    Q_OBJECT
public:
    explicit LocalNodeWorker(LocalNodeOptions options);

    static constexpr quint64 kMaxLiveBlocksInFlight = 8;
    std::atomic<quint64> acknowledged{0};
    std::atomic<bool> stopping{false};

    void setSnapshotPlan(std::function<bool(quint64)> keepsSubnetRows) { keepsSubnetRows_ = std::move(keepsSubnetRows); }
    void setMetagraphPlan(std::function<bool(quint64, quint64)> keepsMetagraph) { keepsMetagraph_ = std::move(keepsMetagraph); }
    // Answers through swapQuoted() (LocalSwapQuote on the current state).
    void swapQuote(quint64 requestId, quint16 netuid, economics::SwapSide side, quint64 amount);

public slots:
    void start(quint64 afterBlock);
    void halt();
    void stake(quint64 requestId, const chainclient::StakeRequest& request);
    void faucet(quint64 requestId, const QString& account, quint64 rao);
    void submitExtrinsic(quint64 requestId, const QByteArray& extrinsic);
    void accountState(quint64 requestId, const QString& account);
    void extendTo(quint64 target);

signals:
    void newHead(quint64 number);
    void blocksReady(const chainclient::BlockBatch& blocks);
    void catchUpProgress(quint64 delivered, quint64 target);
    void submitted(const chainclient::SubmitResult& result);
    void failed(const QString& message);
    void accountStateReady(const chainclient::AccountState& state);
    void swapQuoted(const chainclient::SwapQuote& quote);

private:
    void catchUpStep();
    void liveTick();
    // lastOfBatch: whole, with the position changes handed out; withState: carries the chain state.
    BlockSnapshot produceOne(bool lastOfBatch, bool withState);
    void noteCall() { callSinceState_ = true; }
    bool ensureSimulation();

    LocalNodeOptions options_;
    std::optional<economics::Simulation> sim_;
    QTimer* liveTimer_ = nullptr;
    quint64 emitted_ = 0; // last block handed out
    quint64 stateBlock_ = 0;      // newest block whose chain state went out (or was resumed from)
    bool callSinceState_ = false; // a call changed the chain since that state
    std::function<bool(quint64)> keepsSubnetRows_; // empty: every block whole
    SnapshotBuilder::SentPositions sentPositions_;
    std::function<bool(quint64, quint64)> keepsMetagraph_; // empty: every epoch's rows
    std::map<std::uint16_t, quint64> lastEpoch_;           // per subnet, seen since start()
    bool takesSent_ = false;                               // the whole Delegates map, since start()
    QVector<TransferRecord> pendingTransfers_;     // applied, waiting for the block that seals them
};

} // namespace chainclient
