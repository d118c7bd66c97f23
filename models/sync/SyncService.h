#pragma once
// NodeClient → SQLite. Opens the store on its writer thread, creates the node from where the
// store stands (so the embedded chain resumes from the state committed with the cursor),
// then streams blocks into the store: many per transaction while catching up, one when live.

#include "chainclient/NodeClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <functional>

namespace models {

class StoreWriter;

class SyncService : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Opening, CatchingUp, Live, Stopped, Failed };
    Q_ENUM(State)

    // Builds the node once the store tells where it stands. Ownership passes to the service.
    using NodeFactory = std::function<chainclient::NodeClient*(quint64 cursorBlock, const QByteArray& chainState)>;

    SyncService(QString dbPath, QString network, NodeFactory factory, QObject* parent = nullptr);
    ~SyncService() override;

    void start();
    void cancel(); // stops the node; what is committed stays committed
    // The block this sync will at least reach (e.g. sim --to-block); lets a backfill skip rows
    // the retention rules would drop there. Never pass more than the sync will really reach.
    void setTargetHint(quint64 block);
    State state() const { return state_; }
    quint64 syncedBlock() const { return synced_; }
    quint64 headBlock() const { return head_; }
    chainclient::NodeClient* node() const { return node_; }
    QString dbPath() const { return dbPath_; }

signals:
    void stateChanged(models::SyncService::State state);
    void committed(quint64 block);
    void progress(quint64 done, quint64 total, double etaSeconds);
    void headChanged(quint64 block);
    void failed(const QString& message);

private:
    void onOpened(quint64 cursor, const QByteArray& chainState);
    void onCommitted(quint64 block, int blocks);
    void setState(State s);

    QString dbPath_;
    QString network_;
    NodeFactory factory_;
    QThread writerThread_;
    StoreWriter* writer_ = nullptr;
    chainclient::NodeClient* node_ = nullptr;
    State state_ = State::Idle;
    quint64 synced_ = 0;
    quint64 head_ = 0;
    quint64 catchUpTarget_ = 0;
    quint64 catchUpStartBlock_ = 0;
    QElapsedTimer catchUpClock_;
};

} // namespace models
