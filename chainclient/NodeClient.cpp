#include "chainclient/NodeClient.h"

namespace chainclient {

void registerNodeMetaTypes() {
    qRegisterMetaType<chainclient::BlockBatch>("chainclient::BlockBatch");
    qRegisterMetaType<chainclient::SubmitResult>("chainclient::SubmitResult");
    qRegisterMetaType<chainclient::FeeEstimate>("chainclient::FeeEstimate");
    qRegisterMetaType<chainclient::SwapQuote>("chainclient::SwapQuote");
}

quint64 NodeClient::requestFeeEstimate(const QByteArray&) {
    // Ids with the top two bits set never collide with a subclass's own counters.
    const quint64 id = ++feeIds_ | (quint64{3} << 62);
    QMetaObject::invokeMethod(
        this,
        [this, id] {
            FeeEstimate e;
            e.requestId = id;
            e.ok = true;
            emit feeEstimated(e);
        },
        Qt::QueuedConnection);
    return id;
}

quint64 NodeClient::requestSwapQuote(quint16 netuid, economics::SwapSide side, quint64 amount) {
    const quint64 id = ++swapQuoteIds_ | (quint64{3} << 62);
    QMetaObject::invokeMethod(
        this,
        [this, id, netuid, side, amount] {
            SwapQuote q;
            q.requestId = id;
            q.netuid = netuid;
            q.side = side;
            q.amount = amount;
            q.errorCode = QStringLiteral("NotSupported");
            q.message = tr("This node cannot quote trades.");
            emit swapQuoted(q);
        },
        Qt::QueuedConnection);
    return id;
}

} // namespace chainclient
