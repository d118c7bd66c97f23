#pragma once
// The embedded chain as a NodeClient: owns an economics::Simulation on a worker thread and
// produces blocks at a configurable pace (as fast as possible while catching up history).

#include "chainclient/NodeClient.h"
#include "chainclient/economics/Scenario.h"

#include <QThread>
#include <functional>
#include <memory>

namespace economics {
class Chain;
}

namespace chainclient {

class LocalNodeWorker;

struct LocalNodeOptions {
    economics::ScenarioConfig scenario = economics::ScenarioConfig::defaults();
    QByteArray initialState;    // saved Simulation to resume from; empty = fresh genesis
    int blockIntervalMs = 1000; // live pace; 0 = no live production (stop at catchUpTo)
    quint64 catchUpTo = 0;      // produce as fast as possible up to this block first
    int catchUpBatch = 512;     // blocks per blocksReady while catching up
    int maxBatchesInFlight = 4; // flow control against a slower consumer
    bool checkInvariants = false; // verify economics.md §A.2 after every block (tests, debug)
    // Live blocks carry the chain state (megabytes) only every this many blocks, and whenever a
    // call was applied since the last one; a catch-up batch always ends with it. The consumer
    // stores the newest one it got; a node resumed from a state older than the consumer's
    // cursor re-runs the blocks in between, which no outside call touched, to the same result.
    int liveStateEvery = 300;
    // Called on the node's thread with the chain (and its scenario seed, which fixes the block
    // hashes) right after each block and once with the starting state, e.g. for the loopback
    // RPC server, which must capture state per block.
    std::function<void(const economics::Chain&, quint64 seed, const BlockSnapshot&)> blockObserver;
};

class LocalNode final : public NodeClient {
    Q_OBJECT
public:
    explicit LocalNode(LocalNodeOptions options, QObject* parent = nullptr);
    ~LocalNode() override;

    QString networkName() const override { return QStringLiteral("local"); }
    void startStreaming(quint64 afterBlock) override;
    void stop() override;
    void acknowledge(quint64 block) override;
    quint64 submitStake(const StakeRequest& request) override;
    quint64 submitExtrinsic(const QByteArray& extrinsic) override;
    quint64 requestAccountState(const QString& account) override;
    // Exact: the chain's own Pool::swap on its current state, on the node's thread.
    quint64 requestSwapQuote(quint16 netuid, economics::SwapSide side, quint64 amount) override;

    // Produce blocks up to `target` as fast as possible (e.g. seal a submitted call now when
    // there is no live pace). Never lowers the target.
    void extendTo(quint64 target);

    // While catching up, blocks for which `keepsSubnetRows(block)` is false carry partial
    // subnet snapshots (SubnetSnapshot::partial); the last block of each batch and live blocks
    // stay whole. The consumer (the store writer) decides, thread-safe, from its retention rules.
    void setSnapshotPlan(std::function<bool(quint64 block)> keepsSubnetRows);
    // Likewise epochs whose metagraph rows the consumer drops carry none
    // (SubnetSnapshot::metagraphOmitted); it is asked with the subnet's previous epoch block.
    void setMetagraphPlan(std::function<bool(quint64 block, quint64 previousEpoch)> keepsMetagraph);

    // Local network only: credit test TAO to an account.
    quint64 faucet(const QString& account, quint64 rao);

private:
    QThread thread_;
    LocalNodeWorker* worker_ = nullptr; // lives on thread_
    quint64 nextRequestId_ = 1;
};

} // namespace chainclient
