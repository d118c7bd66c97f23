#include "chainclient/subtensor/RpcClient.h"

#include "chainclient/subtensor/RpcMessage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QWebSocket>
#include <spdlog/spdlog.h>

namespace chainclient::subtensor {
RpcClient::RpcClient(RpcOptions options, QObject* parent) : QObject(parent), options_(std::move(options)) {
    reconnectTimer_ = new QTimer(this);
    reconnectTimer_->setSingleShot(true);
    connect(reconnectTimer_, &QTimer::timeout, this, [this] {
        if (wanted_)
            open();
    });
}

RpcClient::~RpcClient() {
    wanted_ = false;
    if (socket_) {
        socket_->disconnect(this);
        socket_->abort();
    }
    // Callers may still hold objects the callbacks point into, so nothing is called back here.
}

void RpcClient::ensureSocket() {
    if (socket_)
        return;
    socket_ = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    // Metadata and whole-network answers run to megabytes; the default cap is ample, but be explicit.
    socket_->setMaxAllowedIncomingMessageSize(256 * 1024 * 1024);
    connect(socket_, &QWebSocket::connected, this, &RpcClient::onConnected);
    // stateChanged rather than disconnected(): a refused connection never was "connected".
    connect(socket_, &QWebSocket::stateChanged, this, [this](QAbstractSocket::SocketState st) {
        if (st == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(socket_, &QWebSocket::textMessageReceived, this, &RpcClient::onText);
    connect(socket_, &QWebSocket::binaryMessageReceived, this,
            [this](const QByteArray& b) { onText(QString::fromUtf8(b)); });
    // Qt 6.4 names this signal error(); 6.5 renamed it errorOccurred().
    connect(socket_, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this](QAbstractSocket::SocketError) {
        lastError_ = socket_->errorString();
    });
    connect(socket_, &QWebSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Never ignored: a node we cannot verify is a node we do not talk to.
        QStringList texts;
        for (const auto& e : errors)
            texts << e.errorString();
        lastError_ = tr("TLS certificate of %1 not trusted: %2").arg(options_.url.host(), texts.join(QStringLiteral("; ")));
    });
}

void RpcClient::open() {
    wanted_ = true;
    ensureSocket();
    if (connected_ || socket_->state() == QAbstractSocket::ConnectingState)
        return;
    if (options_.url.scheme() == QLatin1String("wss")) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!options_.caCertificatesFile.isEmpty()) {
            const auto extra = QSslCertificate::fromPath(options_.caCertificatesFile, QSsl::Pem);
            if (extra.isEmpty())
                spdlog::warn("no CA certificate could be read from {}", options_.caCertificatesFile.toStdString());
            ssl.addCaCertificates(extra);
        }
        socket_->setSslConfiguration(ssl);
    }
    socket_->open(options_.url);
}

void RpcClient::close() {
    wanted_ = false;
    reconnectTimer_->stop();
    if (socket_) {
        socket_->disconnect(this);
        socket_->abort();
        socket_->deleteLater();
        socket_ = nullptr;
    }
    connected_ = false;
    outbox_.clear();
    failAll(RpcError::Kind::Closed, tr("The connection to the node was closed."));
    for (auto it = subs_.begin(); it != subs_.end(); ++it)
        it->serverId.clear();
    subByServerId_.clear();
}

void RpcClient::onConnected() {
    connected_ = true;
    attempt_ = 0;
    lastError_.clear();
    // Subscriptions first so a head feed is live before queued reads are answered.
    for (auto it = subs_.begin(); it != subs_.end(); ++it)
        if (it->serverId.isEmpty() && it->requestId == 0)
            issueSubscribe(it.key());
    const auto queued = std::exchange(outbox_, {});
    for (const auto& out : queued)
        sendNow(out.payload, out.ids);
    emit connected();
}

void RpcClient::onDisconnected() {
    const bool was = connected_;
    connected_ = false;
    const QString reason = lastError_.isEmpty() ? (socket_ ? socket_->closeReason() : QString()) : lastError_;
    const QString sentence = reason.isEmpty() ? tr("The connection to %1 was lost.").arg(options_.url.toString())
                                              : tr("The connection to %1 failed: %2").arg(options_.url.toString(), reason);
    // In-flight requests may or may not have run; queued ones have not been sent and can wait.
    failAll(RpcError::Kind::Transport, sentence);
    subByServerId_.clear();
    for (auto it = subs_.begin(); it != subs_.end();) {
        it->serverId.clear();
        it->requestId = 0;
        if (!it->sub.resubscribe) {
            auto ended = it->sub.onEnded;
            it = subs_.erase(it);
            if (ended)
                ended(RpcError{RpcError::Kind::Transport, 0, sentence, {}});
        } else {
            ++it;
        }
    }
    if (was)
        emit disconnected(sentence);
    if (wanted_ && options_.autoReconnect)
        scheduleReconnect();
    else if (wanted_) {
        // No reconnect: what waits for the link would wait forever.
        outbox_.clear();
        failAll(RpcError::Kind::Transport, sentence);
    }
}

void RpcClient::scheduleReconnect() {
    if (reconnectTimer_->isActive())
        return;
    const int shift = std::min(attempt_, 16);
    const qint64 delay = std::min<qint64>(qint64(options_.reconnectInitialMs) << shift, options_.reconnectMaxMs);
    ++attempt_;
    emit reconnecting(attempt_, static_cast<int>(delay));
    reconnectTimer_->start(static_cast<int>(delay));
}

void RpcClient::sendNow(const QByteArray& payload, const QVector<quint64>& ids) {
    for (quint64 id : ids) {
        auto it = pending_.find(id);
        if (it != pending_.end())
            it->sent = true;
    }
    socket_->sendTextMessage(QString::fromUtf8(payload));
}

void RpcClient::send(const QByteArray& payload, const QVector<quint64>& ids) {
    if (connected_ && socket_) {
        sendNow(payload, ids);
        return;
    }
    outbox_.push_back(Outgoing{payload, ids});
    if (!wanted_ || (!reconnectTimer_->isActive() && (!socket_ || socket_->state() == QAbstractSocket::UnconnectedState)))
        open();
}

quint64 RpcClient::call(const QString& method, const QJsonArray& params, Callback callback, int timeoutMs) {
    const quint64 id = nextId_++;
    pending_.insert(id, Pending{std::move(callback), 0, 0, false});
    const QJsonObject req{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                          {QStringLiteral("id"), static_cast<qint64>(id)},
                          {QStringLiteral("method"), method},
                          {QStringLiteral("params"), params}};
    QTimer::singleShot(timeoutMs < 0 ? options_.timeoutMs : timeoutMs, this, [this, id] { expire(id); });
    send(QJsonDocument(req).toJson(QJsonDocument::Compact), {id});
    return id;
}

void RpcClient::batch(const QVector<RpcRequest>& requests, BatchCallback callback, int timeoutMs) {
    if (requests.isEmpty()) {
        QMetaObject::invokeMethod(this, [cb = std::move(callback)] { cb({}); }, Qt::QueuedConnection);
        return;
    }
    const quint64 batchId = nextId_++;
    Batch b;
    b.callback = std::move(callback);
    b.replies.resize(requests.size());
    b.remaining = static_cast<int>(requests.size());
    QJsonArray arr;
    for (int i = 0; i < requests.size(); ++i) {
        const quint64 id = nextId_++;
        b.ids.push_back(id);
        pending_.insert(id, Pending{{}, batchId, i, false});
        arr.append(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                               {QStringLiteral("id"), static_cast<qint64>(id)},
                               {QStringLiteral("method"), requests[i].method},
                               {QStringLiteral("params"), requests[i].params}});
    }
    const QVector<quint64> ids = b.ids;
    batches_.insert(batchId, std::move(b));
    QTimer::singleShot(timeoutMs < 0 ? options_.timeoutMs : timeoutMs, this, [this, ids] {
        for (quint64 id : ids)
            expire(id);
    });
    send(QJsonDocument(arr).toJson(QJsonDocument::Compact), ids);
}

quint64 RpcClient::subscribe(Subscription subscription) {
    const quint64 handle = nextHandle_++;
    subs_.insert(handle, SubState{std::move(subscription), {}, 0});
    issueSubscribe(handle);
    return handle;
}

void RpcClient::issueSubscribe(quint64 handle) {
    auto& s = subs_[handle];
    s.requestId = call(s.sub.method, s.sub.params, [this, handle](const RpcReply& reply) {
        auto it = subs_.find(handle);
        if (it == subs_.end())
            return;
        it->requestId = 0;
        if (reply.ok()) {
            it->serverId = RpcMessage::idText(reply.result);
            subByServerId_.insert(it->serverId, handle);
        }
        auto cb = it->sub.onSubscribed;
        if (!reply.ok() && !it->sub.resubscribe)
            subs_.erase(it);
        if (cb)
            cb(reply);
    });
}

void RpcClient::unsubscribe(quint64 handle) {
    auto it = subs_.find(handle);
    if (it == subs_.end())
        return;
    if (!it->serverId.isEmpty() && connected_ && !it->sub.unsubscribeMethod.isEmpty())
        call(it->sub.unsubscribeMethod, QJsonArray{it->serverId}, [](const RpcReply&) {});
    subByServerId_.remove(it->serverId);
    subs_.erase(it);
}

void RpcClient::onText(const QString& text) {
    QString perr;
    const auto messages = RpcMessage::parseFrame(text, &perr);
    if (!messages) {
        spdlog::warn("node sent a message that is not JSON: {}", perr.toStdString());
        return;
    }
    for (const auto& m : *messages)
        handleMessage(m);
}

void RpcClient::handleMessage(const RpcMessage& m) {
    if (m.kind == RpcMessage::Kind::Notification) {
        const auto h = subByServerId_.constFind(m.subscription);
        if (h == subByServerId_.constEnd())
            return; // late notification for a subscription we dropped
        const auto s = subs_.constFind(*h);
        if (s != subs_.constEnd() && s->sub.onNotification) {
            auto cb = s->sub.onNotification; // the callback may unsubscribe
            cb(m.result);
        }
        return;
    }
    if (!m.id)
        return; // not an id we issue, so no request of ours waits for it
    RpcReply reply;
    if (m.hasError)
        reply.error = errorFromObject(m.error);
    else if (m.hasResult)
        reply.result = m.result;
    else
        reply.error = RpcError{RpcError::Kind::Malformed, 0, tr("The node sent an answer with neither result nor error."), {}};
    finish(*m.id, reply);
}

RpcError RpcClient::errorFromObject(const QJsonValue& errorObject) {
    const QJsonObject e = errorObject.toObject();
    RpcError err;
    err.kind = RpcError::Kind::Remote;
    err.code = e.value(QStringLiteral("code")).toInt();
    err.data = e.value(QStringLiteral("data"));
    const QString nodeText = e.value(QStringLiteral("message")).toString();
    if (err.code == 4003 || nodeText.contains(QLatin1String("State already discarded"))) {
        err.kind = RpcError::Kind::StateDiscarded;
        err.message = tr("This node no longer keeps the state of that block (it prunes old state); "
                         "connect to an archive node to read history this old. The node said: %1")
                          .arg(nodeText);
    } else {
        err.message = tr("The node refused the request (error %1): %2").arg(err.code).arg(nodeText);
    }
    return err;
}

void RpcClient::finish(quint64 id, const RpcReply& reply) {
    auto it = pending_.find(id);
    if (it == pending_.end())
        return; // timed out already, or not ours
    Pending p = std::move(*it);
    pending_.erase(it);
    if (p.batchId == 0) {
        if (p.callback)
            p.callback(reply);
        return;
    }
    auto b = batches_.find(p.batchId);
    if (b == batches_.end())
        return;
    b->replies[p.batchIndex] = reply;
    if (--b->remaining > 0)
        return;
    Batch done = std::move(*b);
    batches_.erase(b);
    if (done.callback)
        done.callback(done.replies);
}

void RpcClient::expire(quint64 id) {
    if (!pending_.contains(id))
        return;
    finish(id, RpcReply{{}, RpcError{RpcError::Kind::Timeout, 0, tr("The node did not answer in time."), {}}});
}

void RpcClient::failAll(RpcError::Kind kind, const QString& message) {
    const auto ids = pending_.keys();
    for (quint64 id : ids) {
        const auto it = pending_.constFind(id);
        if (it == pending_.constEnd())
            continue; // finished by an earlier callback of this loop
        // Never sent: a reconnect still delivers it (unless the client is giving up).
        if (kind == RpcError::Kind::Transport && !it->sent && wanted_ && options_.autoReconnect)
            continue;
        finish(id, RpcReply{{}, RpcError{kind, 0, message, {}}});
    }
}

} // namespace chainclient::subtensor
