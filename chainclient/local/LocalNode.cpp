#include "chainclient/local/LocalNode.h"

#include "chainclient/local/LocalNodeWorker.h"

namespace chainclient {

LocalNode::LocalNode(LocalNodeOptions options, QObject* parent) : NodeClient(parent) {
    registerNodeMetaTypes();
    qRegisterMetaType<chainclient::StakeRequest>("chainclient::StakeRequest");
    qRegisterMetaType<chainclient::AccountState>("chainclient::AccountState");
    worker_ = new LocalNodeWorker(std::move(options));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &LocalNodeWorker::newHead, this, &NodeClient::newHead);
    connect(worker_, &LocalNodeWorker::blocksReady, this, &NodeClient::blocksReady);
    connect(worker_, &LocalNodeWorker::catchUpProgress, this, &NodeClient::catchUpProgress);
    connect(worker_, &LocalNodeWorker::submitted, this, &NodeClient::submitted);
    connect(worker_, &LocalNodeWorker::failed, this, &NodeClient::failed);
    connect(worker_, &LocalNodeWorker::accountStateReady, this, &NodeClient::accountStateReady);
    connect(worker_, &LocalNodeWorker::swapQuoted, this, &NodeClient::swapQuoted);
    thread_.setObjectName(QStringLiteral("local-node"));
    thread_.start();
}

LocalNode::~LocalNode() {
    worker_->stopping = true;
    QMetaObject::invokeMethod(worker_, &LocalNodeWorker::halt, Qt::QueuedConnection);
    thread_.quit();
    thread_.wait();
}

void LocalNode::startStreaming(quint64 afterBlock) {
    worker_->stopping = false;
    worker_->acknowledged = afterBlock;
    QMetaObject::invokeMethod(worker_, "start", Qt::QueuedConnection, Q_ARG(quint64, afterBlock));
}

void LocalNode::stop() {
    worker_->stopping = true;
    QMetaObject::invokeMethod(worker_, &LocalNodeWorker::halt, Qt::QueuedConnection);
}

void LocalNode::acknowledge(quint64 block) {
    quint64 seen = worker_->acknowledged.load();
    while (block > seen && !worker_->acknowledged.compare_exchange_weak(seen, block)) {
    }
}

quint64 LocalNode::submitStake(const StakeRequest& request) {
    const quint64 id = nextRequestId_++;
    QMetaObject::invokeMethod(worker_, "stake", Qt::QueuedConnection, Q_ARG(quint64, id),
                              Q_ARG(chainclient::StakeRequest, request));
    return id;
}

quint64 LocalNode::faucet(const QString& account, quint64 rao) {
    const quint64 id = nextRequestId_++;
    QMetaObject::invokeMethod(worker_, "faucet", Qt::QueuedConnection, Q_ARG(quint64, id), Q_ARG(QString, account),
                              Q_ARG(quint64, rao));
    return id;
}

quint64 LocalNode::submitExtrinsic(const QByteArray& extrinsic) {
    const quint64 id = nextRequestId_++;
    QMetaObject::invokeMethod(worker_, "submitExtrinsic", Qt::QueuedConnection, Q_ARG(quint64, id),
                              Q_ARG(QByteArray, extrinsic));
    return id;
}

quint64 LocalNode::requestAccountState(const QString& account) {
    const quint64 id = nextRequestId_++;
    QMetaObject::invokeMethod(worker_, "accountState", Qt::QueuedConnection, Q_ARG(quint64, id), Q_ARG(QString, account));
    return id;
}

quint64 LocalNode::requestSwapQuote(quint16 netuid, economics::SwapSide side, quint64 amount) {
    const quint64 id = nextRequestId_++;
    QMetaObject::invokeMethod(worker_, [w = worker_, id, netuid, side, amount] { w->swapQuote(id, netuid, side, amount); },
                              Qt::QueuedConnection);
    return id;
}

void LocalNode::setSnapshotPlan(std::function<bool(quint64)> keepsSubnetRows) {
    QMetaObject::invokeMethod(worker_, [w = worker_, plan = std::move(keepsSubnetRows)] { w->setSnapshotPlan(plan); },
                              Qt::QueuedConnection);
}

void LocalNode::setMetagraphPlan(std::function<bool(quint64, quint64)> keepsMetagraph) {
    QMetaObject::invokeMethod(worker_, [w = worker_, plan = std::move(keepsMetagraph)] { w->setMetagraphPlan(plan); },
                              Qt::QueuedConnection);
}

void LocalNode::extendTo(quint64 target) {
    QMetaObject::invokeMethod(worker_, "extendTo", Qt::QueuedConnection, Q_ARG(quint64, target));
}

} // namespace chainclient
