#pragma once
// JSON-RPC 2.0 over one WebSocket (ws:// or wss://), the transport a subtensor node speaks.
// Asynchronous only: every answer arrives through a callback on the thread the client lives
// on. Requests issued while (re)connecting wait for the connection; each has its own deadline.
// After a dropped connection the client reconnects with exponential back-off and re-issues the
// subscriptions marked `resubscribe`; requests in flight when the link dropped fail (we cannot
// know whether the node ran them), so callers decide whether a retry is safe.

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>
#include <QVector>
#include <functional>
#include <memory>

class QWebSocket;
class QTimer;

namespace chainclient::subtensor {

struct RpcMessage;

struct RpcError {
    enum class Kind {
        None,
        Transport,      // could not connect, TLS refused, or the connection dropped mid-request
        Timeout,        // no answer before the request's deadline
        Remote,         // the node answered with a JSON-RPC error object
        StateDiscarded, // code 4003: a pruned node no longer has state for that block
        Malformed,      // the answer was not valid JSON-RPC
        Closed          // close() was called or the client was destroyed
    };
    Kind kind = Kind::None;
    int code = 0;    // the JSON-RPC error code for Remote / StateDiscarded
    QString message; // a sentence for people
    QJsonValue data;
};

struct RpcReply {
    QJsonValue result;
    RpcError error;
    bool ok() const { return error.kind == RpcError::Kind::None; }
};

struct RpcRequest {
    QString method;
    QJsonArray params;
};

struct RpcOptions {
    QUrl url;
    int timeoutMs = 30'000;      // default per-request deadline
    QString caCertificatesFile;  // PEM file of extra trusted CAs for wss:// (self-hosted nodes)
    bool autoReconnect = true;
    int reconnectInitialMs = 250;
    int reconnectMaxMs = 30'000;
};

class RpcClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const RpcReply&)>;
    using BatchCallback = std::function<void(const QVector<RpcReply>&)>;
    using Notification = std::function<void(const QJsonValue& result)>;

    struct Subscription {
        QString method;            // e.g. chain_subscribeNewHeads
        QJsonArray params;
        QString unsubscribeMethod; // e.g. chain_unsubscribeNewHeads
        bool resubscribe = true;   // re-issue after a reconnect (head feeds); false for one-shot watches
        Notification onNotification;
        Callback onSubscribed;                        // the subscribe call's own answer (each time)
        std::function<void(const RpcError&)> onEnded; // link lost for a non-resubscribing watch
    };

    explicit RpcClient(RpcOptions options, QObject* parent = nullptr);
    ~RpcClient() override;

    const RpcOptions& options() const { return options_; }
    void open();  // connects (again); safe to call repeatedly
    void close(); // fails everything pending with Kind::Closed; no reconnect
    bool isConnected() const { return connected_; }

    // timeoutMs < 0 = the default from the options.
    quint64 call(const QString& method, const QJsonArray& params, Callback callback, int timeoutMs = -1);
    // One JSON array on the wire; the replies come back together, in request order.
    void batch(const QVector<RpcRequest>& requests, BatchCallback callback, int timeoutMs = -1);
    quint64 subscribe(Subscription subscription);
    void unsubscribe(quint64 handle);

    // The sentence for a JSON-RPC error object (4003 gets its archive-node advice).
    static RpcError errorFromObject(const QJsonValue& errorObject);

signals:
    void connected();
    void disconnected(const QString& reason);
    void reconnecting(int attempt, int delayMs);

private:
    struct Pending {
        Callback callback;
        quint64 batchId = 0; // non-zero: part of a batch
        int batchIndex = 0;
        bool sent = false;
    };
    struct Outgoing {
        QByteArray payload;
        QVector<quint64> ids;
    };
    struct Batch {
        BatchCallback callback;
        QVector<RpcReply> replies;
        QVector<quint64> ids;
        int remaining = 0;
    };
    struct SubState {
        Subscription sub;
        QString serverId; // empty until subscribed on the current connection
        quint64 requestId = 0;
    };

    void ensureSocket();
    void onConnected();
    void onDisconnected();
    void onText(const QString& text);
    void handleMessage(const RpcMessage& message);
    void sendNow(const QByteArray& payload, const QVector<quint64>& ids);
    void send(const QByteArray& payload, const QVector<quint64>& ids);
    void finish(quint64 id, const RpcReply& reply);
    void expire(quint64 id);
    void failAll(RpcError::Kind kind, const QString& message);
    void scheduleReconnect();
    void issueSubscribe(quint64 handle);

    RpcOptions options_;
    QWebSocket* socket_ = nullptr;
    QTimer* reconnectTimer_ = nullptr;
    bool connected_ = false;
    bool wanted_ = false; // open() called and not closed since
    int attempt_ = 0;
    QString lastError_;
    quint64 nextId_ = 1;
    quint64 nextHandle_ = 1;
    QHash<quint64, Pending> pending_;
    QHash<quint64, Batch> batches_;
    QHash<quint64, SubState> subs_;
    QHash<QString, quint64> subByServerId_;
    QVector<Outgoing> outbox_; // waiting for the connection
};

} // namespace chainclient::subtensor
