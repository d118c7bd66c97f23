#include "chainclient/subtensor/SubtensorNode.h"

namespace chainclient::subtensor {

SubtensorNode::SubtensorNode(SubtensorNodeOptions options, QObject* parent)
    : NodeClient(parent), network_(options.network) {
    registerNodeMetaTypes();
    qRegisterMetaType<chainclient::AccountState>("chainclient::AccountState");
    worker_ = new SubtensorNodeWorker(std::move(options));
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    connect(worker_, &SubtensorNodeWorker::newHead, this, &NodeClient::newHead);
    connect(worker_, &SubtensorNodeWorker::blocksReady, this, &NodeClient::blocksReady);
    connect(worker_, &SubtensorNodeWorker::catchUpProgress, this, &NodeClient::catchUpProgress);
    connect(worker_, &SubtensorNodeWorker::submitted, this, &NodeClient::submitted);
    connect(worker_, &SubtensorNodeWorker::failed, this, &NodeClient::failed);
    connect(worker_, &SubtensorNodeWorker::accountStateReady, this, &NodeClient::accountStateReady);
    connect(worker_, &SubtensorNodeWorker::feeEstimated, this, &NodeClient::feeEstimated);
    connect(worker_, &SubtensorNodeWorker::swapQuoted, this, &NodeClient::swapQuoted);
    connect(worker_, &SubtensorNodeWorker::extrinsicStatus, this, &SubtensorNode::extrinsicStatus);
    thread_.setObjectName(QStringLiteral("subtensor-node"));
    thread_.start();
}

SubtensorNode::~SubtensorNode() {
    QMetaObject::invokeMethod(worker_, &SubtensorNodeWorker::halt, Qt::QueuedConnection);
    thread_.quit();
    thread_.wait();
}

QUrl SubtensorNode::endpointFor(const QString& network) {
    if (network == QLatin1String("finney")) return QUrl(QStringLiteral("wss://entrypoint-finney.opentensor.ai:443"));
    if (network == QLatin1String("test")) return QUrl(QStringLiteral("wss://test.finney.opentensor.ai:443"));
    if (network == QLatin1String("archive")) return QUrl(QStringLiteral("wss://archive.chain.opentensor.ai:443"));
    const QUrl url(network);
    if (url.isValid() && (url.scheme() == QLatin1String("ws") || url.scheme() == QLatin1String("wss")) && !url.host().isEmpty())
        return url;
    return {};
}

void SubtensorNode::startStreaming(quint64 afterBlock) {
    QMetaObject::invokeMethod(worker_, [w = worker_, afterBlock] { w->start(afterBlock); }, Qt::QueuedConnection);
}

void SubtensorNode::seedKnownPositions(const QVector<KnownStakePosition>& positions) {
    // Queued like startStreaming(), so it reaches the worker first when called first.
    QMetaObject::invokeMethod(worker_, [w = worker_, positions] { w->seedPositions(positions); }, Qt::QueuedConnection);
}

void SubtensorNode::stop() { QMetaObject::invokeMethod(worker_, &SubtensorNodeWorker::halt, Qt::QueuedConnection); }

void SubtensorNode::acknowledge(quint64 block) {
    QMetaObject::invokeMethod(worker_, [w = worker_, block] { w->acknowledge(block); }, Qt::QueuedConnection);
}

quint64 SubtensorNode::submitStake(const StakeRequest&) {
    const quint64 id = nextRequestId_++;
    QMetaObject::invokeMethod(this, [this, id] {
        SubmitResult r;
        r.requestId = id;
        r.errorCode = QStringLiteral("NotSupported");
        r.message = tr("A subtensor node accepts only signed extrinsics; sign the call with a wallet first.");
        emit submitted(r);
    }, Qt::QueuedConnection);
    return id;
}

quint64 SubtensorNode::submitExtrinsic(const QByteArray& extrinsic) {
    const quint64 id = nextRequestId_++;
    QMetaObject::invokeMethod(worker_, [w = worker_, id, extrinsic] { w->submitExtrinsic(id, extrinsic); }, Qt::QueuedConnection);
    return id;
}

quint64 SubtensorNode::requestAccountState(const QString& account) {
    const quint64 id = nextRequestId_++;
    QMetaObject::invokeMethod(worker_, [w = worker_, id, account] { w->accountState(id, account); }, Qt::QueuedConnection);
    return id;
}

quint64 SubtensorNode::requestFeeEstimate(const QByteArray& extrinsic) {
    const quint64 id = nextRequestId_++;
    QMetaObject::invokeMethod(worker_, [w = worker_, id, extrinsic] { w->estimateFee(id, extrinsic); }, Qt::QueuedConnection);
    return id;
}

quint64 SubtensorNode::requestSwapQuote(quint16 netuid, economics::SwapSide side, quint64 amount) {
    const quint64 id = nextRequestId_++;
    QMetaObject::invokeMethod(worker_, [w = worker_, id, netuid, side, amount] { w->swapQuote(id, netuid, side, amount); },
                              Qt::QueuedConnection);
    return id;
}

} // namespace chainclient::subtensor
