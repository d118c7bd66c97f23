#pragma once
// The ONE interface both the embedded LocalNode and a real subtensor node implement.
// Asynchronous: calls return at once; results arrive as signals on the caller's thread.

#include "chainclient/NodeTypes.h"

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

    // Flow control: the consumer reports the last block it has durably stored, so a node
    // producing or fetching faster than the store writes keeps only a few batches in flight.
    virtual void acknowledge(quint64 block) = 0;

    // Submit a call; the outcome arrives through submitted() with the same id.
    virtual quint64 submitStake(const StakeRequest& request) = 0;

signals:
    void newHead(quint64 number);
    // Blocks in order, contiguous, each exactly once per startStreaming().
    void blocksReady(const chainclient::BlockBatch& blocks);
    // Catch-up progress: where delivery stands against the head it is chasing.
    void catchUpProgress(quint64 delivered, quint64 target);
    void submitted(const chainclient::SubmitResult& result);
    void failed(const QString& message);
};

// Registers the signal argument types for queued connections; call once at start-up.
void registerNodeMetaTypes();

} // namespace chainclient

Q_DECLARE_METATYPE(chainclient::StakeRequest)
