#pragma once
// Serves the embedded chain as a subtensor-style JSON-RPC node over WebSocket, bound to
// 127.0.0.1 unless told otherwise. It answers the methods SubtensorNode uses (block hashes and
// headers, new-head subscriptions, runtime version, metadata V15, the runtime APIs and storage
// items listed in RpcServerMetadata) with SCALE in the subtensor layouts, plus extrinsic
// submission forwarded to the LocalNode. Like a pruned node it keeps the state of only the
// last `keepBlocks` blocks and answers older ones with error 4003.
//
//   RpcServer server;
//   options.blockObserver = server.blockObserver(); // before the LocalNode is created
//   server.setNode(node); server.listen();

#include "chainclient/NodeClient.h"
#include "chainclient/economics/Chain.h"
#include "chainclient/local/RpcServerEvents.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <functional>
#include <map>
#include <memory>

class QWebSocket;
class QWebSocketServer;

namespace chainclient {

class LocalNode;
struct RpcServerBlock;

struct RpcServerOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 0; // 0 = any free port
    int keepBlocks = 256;
};

class RpcServer : public QObject {
    Q_OBJECT
public:
    using BlockObserver = std::function<void(const economics::Chain&, quint64 seed, const BlockSnapshot&)>;

    explicit RpcServer(RpcServerOptions options = {}, QObject* parent = nullptr);
    ~RpcServer() override;

    bool listen(QString* error = nullptr);
    quint16 port() const;
    QUrl url() const;
    quint64 head() const;

    // For LocalNodeOptions::blockObserver. Runs on the node's thread; stays safe to call after
    // the server is gone (it then does nothing).
    BlockObserver blockObserver();
    // Where author_submit* calls go; without a node they are refused.
    void setNode(LocalNode* node);
    // How many requests of `method` this server answered (a state_call counts under its
    // runtime API, e.g. "state_call StakeInfoRuntimeApi_get_stake_info_for_coldkeys"): lets a
    // caller check what a client asked for, e.g. that a resumed sync no longer lists every key.
    quint64 requestCount(const QString& method) const { return requestCounts_.value(method); }

signals:
    void headChanged(quint64 number);

private:
    struct Shared;
    struct Watch {
        QPointer<QWebSocket> peer;
        QString subscription; // empty: plain author_submitExtrinsic
        QJsonValue requestId;
        quint64 includedIn = 0; // block the call lands in, once accepted
        bool answered = false;
        QByteArray extrinsic;
        quint64 submittedAt = 0; // the head when it arrived
    };

    void onConnection();
    void onMessage(QWebSocket* peer, const QString& text);
    void onHead(quint64 number);
    void onSubmitted(const SubmitResult& result);
    // Null QJsonObject = the answer comes later (submissions).
    QJsonObject handle(QWebSocket* peer, const QJsonObject& request);
    QJsonObject stateCall(QWebSocket* peer, const QJsonValue& id, const QJsonArray& params);
    QJsonObject storage(QWebSocket* peer, const QJsonValue& id, const QJsonArray& params);
    // state_getKeysPaged for SubtensorModule.Alpha (the only map a client iterates here).
    QJsonObject keysPaged(const QJsonValue& id, const QJsonArray& params);
    QJsonObject block(const QJsonValue& id, const QJsonArray& params);
    // Account reads (balance, nonce, stake) come from the live chain, which is the newest state:
    // the window of captured blocks keeps subnet data only. Answers the peer later.
    QJsonObject withAccount(QWebSocket* peer, const QJsonValue& id, const QString& ss58,
                            std::function<QJsonValue(const AccountState&)> answer);
    std::shared_ptr<const RpcServerBlock> blockAt(const QJsonValue& hashParam, QJsonObject* error,
                                                  const QJsonValue& id) const;
    QJsonObject header(const RpcServerBlock& b) const;
    QString hashText(quint64 number) const; // the chain's own block hash (LocalNodeExtrinsics)
    void send(QWebSocket* peer, const QJsonObject& message);

    RpcServerOptions options_;
    std::shared_ptr<Shared> shared_;
    QWebSocketServer* server_ = nullptr;
    QPointer<LocalNode> node_;
    quint64 nextSubscription_ = 1;
    QHash<QWebSocket*, QStringList> headSubscriptions_;
    QHash<quint64, Watch> watches_; // by LocalNode request id
    QHash<quint64, std::function<void(const AccountState&)>> accountWaiters_;
    QHash<QString, quint64> requestCounts_;
    // Submitted extrinsics by the block that includes them, in order: the block's body
    // (chain_getBlock) and its ExtrinsicSuccess / ExtrinsicFailed events.
    std::map<quint64, std::vector<RpcServerEvents::Included>> included_;
};

} // namespace chainclient
