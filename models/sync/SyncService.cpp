#include "models/sync/SyncService.h"

#include "chainclient/local/LocalNode.h"
#include "models/store/Retention.h"
#include "models/sync/StoreWriter.h"

#include <QPointer>

namespace models {

SyncService::SyncService(QString dbPath, QString network, NodeFactory factory, QObject* parent)
    : QObject(parent), dbPath_(std::move(dbPath)), network_(std::move(network)), factory_(std::move(factory)) {
    chainclient::registerNodeMetaTypes();
    writer_ = new StoreWriter(dbPath_, network_);
    writer_->moveToThread(&writerThread_);
    writerThread_.setObjectName(QStringLiteral("store-writer"));
    connect(writer_, &StoreWriter::opened, this, &SyncService::onOpened);
    connect(writer_, &StoreWriter::committed, this, &SyncService::onCommitted);
    connect(writer_, &StoreWriter::failed, this, [this](const QString& message) {
        if (node_) node_->stop();
        setState(State::Failed);
        emit failed(message);
    });
    writerThread_.start();
}

SyncService::~SyncService() {
    if (node_) node_->stop();
    delete node_; // stops the node's thread before the writer goes away
    node_ = nullptr;
    QMetaObject::invokeMethod(writer_, &StoreWriter::closeConnection, Qt::BlockingQueuedConnection);
    writerThread_.quit();
    writerThread_.wait();
    delete writer_;
}

void SyncService::setState(State s) {
    if (state_ == s) return;
    state_ = s;
    emit stateChanged(s);
}

void SyncService::start() {
    setState(State::Opening);
    QMetaObject::invokeMethod(writer_, &StoreWriter::open, Qt::QueuedConnection);
}

void SyncService::setTargetHint(quint64 block) { writer_->setTargetHint(block); }

void SyncService::cancel() {
    if (node_) node_->stop();
    setState(State::Stopped);
}

void SyncService::onOpened(quint64 cursor, const QByteArray& chainState) {
    synced_ = cursor;
    head_ = cursor;
    node_ = factory_(cursor, chainState);
    if (!node_) {
        setState(State::Failed);
        emit failed(tr("No node could be created for the '%1' network.").arg(network_));
        return;
    }
    // The embedded chain builds whole subnet snapshots only for blocks the writer keeps. It reads
    // the target before the writer does and the target only grows, so it never drops a row the
    // writer keeps (the retention rules keep fewer blocks the further the head).
    if (auto* local = qobject_cast<chainclient::LocalNode*>(node_)) {
        local->setSnapshotPlan([writer = writer_](quint64 block) {
            return Retention::keepSnapshot(block, std::max(writer->targetHint(), block));
        });
        // The same rule BlockWriter::writeMetagraph applies.
        local->setMetagraphPlan([writer = writer_](quint64 block, quint64 previousEpoch) {
            const bool firstOfDay = Retention::dayOf(previousEpoch) < Retention::dayOf(block);
            const bool firstOfWeek = Retention::weekOf(previousEpoch) < Retention::weekOf(block);
            return firstOfDay || Retention::keepMetagraph(block, std::max(writer->targetHint(), block), firstOfDay, firstOfWeek);
        });
    }
    // Blocks go straight to the writer thread: the GUI thread never carries them.
    connect(node_, &chainclient::NodeClient::blocksReady, writer_, &StoreWriter::writeBatch, Qt::QueuedConnection);
    connect(node_, &chainclient::NodeClient::newHead, this, [this](quint64 head) {
        head_ = head;
        emit headChanged(head);
    });
    connect(node_, &chainclient::NodeClient::catchUpProgress, this, [this](quint64 delivered, quint64 target) {
        writer_->setTargetHint(target);
        if (catchUpTarget_ != target) {
            // An empty store on a pruned node starts near the head, not at genesis.
            catchUpStartBlock_ = catchUpTarget_ == 0 && synced_ == 0 ? delivered : synced_;
            catchUpTarget_ = target;
            catchUpClock_.start();
        }
        if (state_ != State::CatchingUp && synced_ < target) setState(State::CatchingUp);
    });
    connect(node_, &chainclient::NodeClient::failed, this, [this](const QString& message) {
        setState(State::Failed);
        emit failed(message);
    });
    setState(State::Live);
    if (cursor == 0 || !node_->resumesFromKnownPositions()) {
        node_->startStreaming(cursor);
        return;
    }
    // The stored positions are read on the writer's thread (hundreds of thousands on finney);
    // the node starts once they are handed over, or without them when the store has no whole set.
    QMetaObject::invokeMethod(writer_, [this, writer = writer_, cursor, node = QPointer<chainclient::NodeClient>(node_)] {
        auto known = writer->knownPositions();
        QMetaObject::invokeMethod(this, [this, node, cursor, known = std::move(known)] {
            if (!node || state_ == State::Stopped || state_ == State::Failed) return; // cancelled meanwhile
            if (known) node->seedKnownPositions(*known);
            node->startStreaming(cursor);
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void SyncService::onCommitted(quint64 block, int) {
    synced_ = block;
    if (node_) node_->acknowledge(block);
    if (catchUpTarget_ > 0 && state_ == State::CatchingUp) {
        const quint64 done = block - std::min(block, catchUpStartBlock_);
        const quint64 total = catchUpTarget_ - catchUpStartBlock_;
        const double elapsed = catchUpClock_.isValid() ? catchUpClock_.elapsed() / 1000.0 : 0.0;
        const double eta = done > 0 ? elapsed * static_cast<double>(total - std::min(done, total)) / static_cast<double>(done) : -1.0;
        emit progress(done, total, eta);
        if (block >= catchUpTarget_) setState(State::Live);
    }
    emit committed(block);
}

} // namespace models
