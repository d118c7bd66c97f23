// RpcClient against a tiny scripted QWebSocketServer on 127.0.0.1: answers, timeouts, error
// objects (the recorded 4003 from a lite finney node), batching, and reconnect + resubscribe.

#include "chainclient/subtensor/RpcClient.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QProcess>
#include <QSslKey>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>
#include <QWebSocketServer>
#include <functional>

using namespace chainclient::subtensor;

namespace {

QString sharedDir() {
    const QByteArray env = qgetenv("SUBNETSCOPE_SHARED_DIR");
    return env.isEmpty() ? QStringLiteral(SUBNETSCOPE_SHARED_DIR) : QString::fromLocal8Bit(env);
}

// Answers each JSON-RPC message with `handler` (null QJsonValue = stay silent).
class ScriptedServer : public QObject {
public:
    std::function<QJsonValue(const QJsonValue& message, QWebSocket* peer)> handler;
    QVector<QJsonValue> received;
    QVector<QWebSocket*> peers;
    int connections = 0;

    ScriptedServer() : server_(QStringLiteral("test"), QWebSocketServer::NonSecureMode) {
        server_.listen(QHostAddress::LocalHost, 0);
        connect(&server_, &QWebSocketServer::newConnection, this, [this] {
            while (auto* s = server_.nextPendingConnection()) {
                ++connections;
                peers.push_back(s);
                connect(s, &QWebSocket::textMessageReceived, this, [this, s](const QString& text) {
                    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
                    const QJsonValue msg = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
                    received.push_back(msg);
                    if (!handler)
                        return;
                    const QJsonValue answer = handler(msg, s);
                    if (answer.isObject())
                        s->sendTextMessage(QString::fromUtf8(QJsonDocument(answer.toObject()).toJson(QJsonDocument::Compact)));
                    else if (answer.isArray())
                        s->sendTextMessage(QString::fromUtf8(QJsonDocument(answer.toArray()).toJson(QJsonDocument::Compact)));
                });
                connect(s, &QWebSocket::disconnected, this, [this, s] {
                    peers.removeAll(s);
                    s->deleteLater();
                });
            }
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(server_.serverPort())); }
    void dropAll() {
        for (auto* p : peers)
            p->abort();
    }
    static void notify(QWebSocket* peer, const QString& method, const QString& sub, const QJsonValue& result) {
        const QJsonObject n{{"jsonrpc", "2.0"},
                            {"method", method},
                            {"params", QJsonObject{{"subscription", sub}, {"result", result}}}};
        peer->sendTextMessage(QString::fromUtf8(QJsonDocument(n).toJson(QJsonDocument::Compact)));
    }

private:
    QWebSocketServer server_;
};

RpcOptions options(const QUrl& url) {
    RpcOptions o;
    o.url = url;
    return o;
}

QJsonObject answer(const QJsonValue& request, const QJsonValue& result) {
    return QJsonObject{{"jsonrpc", "2.0"}, {"id", request.toObject().value("id")}, {"result", result}};
}

} // namespace

class TestRpcClient : public QObject {
    Q_OBJECT
private slots:
    void callGetsItsOwnAnswer() {
        ScriptedServer server;
        // Answers are echoed with the method name, so a mixed-up id would show.
        server.handler = [](const QJsonValue& m, QWebSocket*) {
            return QJsonValue(answer(m, m.toObject().value("method").toString() + "!"));
        };
        RpcClient client(options(server.url()));
        QStringList got;
        client.call("system_chain", {}, [&](const RpcReply& r) { got << r.result.toString(); });
        client.call("chain_getHead", {}, [&](const RpcReply& r) { got << r.result.toString(); });
        QTRY_COMPARE(got.size(), 2);
        QCOMPARE(got, (QStringList{"system_chain!", "chain_getHead!"}));
        const QJsonObject first = server.received.at(0).toObject();
        QCOMPARE(first.value("jsonrpc").toString(), QString("2.0"));
        QVERIFY(first.value("id").toInteger() != server.received.at(1).toObject().value("id").toInteger());
        QCOMPARE(first.value("params").toArray(), QJsonArray{});
    }

    void silentNodeTimesOut() {
        ScriptedServer server;
        server.handler = [](const QJsonValue&, QWebSocket*) { return QJsonValue(); };
        RpcClient client(options(server.url()));
        std::optional<RpcReply> reply;
        QElapsedTimer clock;
        clock.start();
        client.call("state_getMetadata", {}, [&](const RpcReply& r) { reply = r; }, 150);
        QTRY_VERIFY(reply.has_value());
        QCOMPARE(reply->error.kind, RpcError::Kind::Timeout);
        QVERIFY(clock.elapsed() >= 140);
    }

    void recordedStateDiscardedErrorAsksForArchiveNode() {
        QFile f(sharedDir() + "/chain-fixtures/finney/s273-error-state-discarded/rpc.json");
        if (!f.open(QIODevice::ReadOnly))
            QSKIP("chain-fixtures/finney/s273-error-state-discarded not found (set SUBNETSCOPE_SHARED_DIR)");
        const QJsonArray exchanges = QJsonDocument::fromJson(f.readAll()).object().value("exchanges").toArray();
        const QJsonObject lite = exchanges.at(0).toObject();
        const QJsonObject recordedError = lite.value("response").toObject().value("error").toObject();
        const QJsonObject archive = exchanges.at(1).toObject().value("response").toObject();

        ScriptedServer server;
        bool lite_ = true;
        server.handler = [&](const QJsonValue& m, QWebSocket*) {
            QJsonObject a{{"jsonrpc", "2.0"}, {"id", m.toObject().value("id")}};
            if (lite_)
                a.insert("error", recordedError);
            else
                a.insert("result", archive.value("result"));
            return QJsonValue(a);
        };
        RpcClient client(options(server.url()));
        const QJsonArray params = lite.value("request").toObject().value("params").toArray();
        std::optional<RpcReply> reply;
        client.call("state_getRuntimeVersion", params, [&](const RpcReply& r) { reply = r; });
        QTRY_VERIFY(reply.has_value());
        QCOMPARE(reply->error.kind, RpcError::Kind::StateDiscarded);
        QCOMPARE(reply->error.code, 4003);
        QVERIFY2(reply->error.message.contains("archive node"), qPrintable(reply->error.message));
        QVERIFY(reply->error.message.contains(recordedError.value("message").toString()));
        QCOMPARE(server.received.at(0).toObject().value("params").toArray(), params);

        // The archive node's answer to the very same request decodes as a plain result.
        lite_ = false;
        reply.reset();
        client.call("state_getRuntimeVersion", params, [&](const RpcReply& r) { reply = r; });
        QTRY_VERIFY(reply.has_value());
        QVERIFY(reply->ok());
        QCOMPARE(reply->result.toObject().value("specVersion").toInt(), 273);

        // Any other error object stays a plain Remote error with its code.
        const RpcError other = RpcClient::errorFromObject(QJsonObject{{"code", 1010}, {"message", "Invalid Transaction"}});
        QCOMPARE(other.kind, RpcError::Kind::Remote);
        QCOMPARE(other.code, 1010);
        QVERIFY(other.message.contains("Invalid Transaction"));
    }

    void batchIsOneMessageAndRepliesKeepRequestOrder() {
        ScriptedServer server;
        server.handler = [](const QJsonValue& m, QWebSocket*) {
            QJsonArray out;
            const QJsonArray reqs = m.toArray();
            // Reverse order, and the middle one is an error: the client must sort by id.
            for (qsizetype i = reqs.size() - 1; i >= 0; --i) {
                const QJsonObject r = reqs.at(i).toObject();
                if (r.value("method").toString() == "bad")
                    out.append(QJsonObject{{"jsonrpc", "2.0"}, {"id", r.value("id")},
                                           {"error", QJsonObject{{"code", -32601}, {"message", "Method not found"}}}});
                else
                    out.append(answer(r, r.value("params").toArray().at(0)));
            }
            return QJsonValue(out);
        };
        RpcClient client(options(server.url()));
        std::optional<QVector<RpcReply>> replies;
        client.batch({{"chain_getBlockHash", {1}}, {"bad", {2}}, {"chain_getBlockHash", {3}}},
                     [&](const QVector<RpcReply>& r) { replies = r; });
        QTRY_VERIFY(replies.has_value());
        QCOMPARE(server.received.size(), 1);
        QVERIFY(server.received.at(0).isArray());
        QCOMPARE(server.received.at(0).toArray().size(), 3);
        QCOMPARE(replies->size(), 3);
        QCOMPARE(replies->at(0).result.toInt(), 1);
        QCOMPARE(replies->at(1).error.kind, RpcError::Kind::Remote);
        QCOMPARE(replies->at(1).error.code, -32601);
        QCOMPARE(replies->at(2).result.toInt(), 3);
    }

    void reconnectsAndResubscribes() {
        ScriptedServer server;
        int subscribeCount = 0;
        server.handler = [&](const QJsonValue& m, QWebSocket*) {
            const QString method = m.toObject().value("method").toString();
            if (method == "chain_subscribeNewHeads")
                return QJsonValue(answer(m, QString("sub-%1").arg(++subscribeCount)));
            return QJsonValue(answer(m, QJsonValue::Null));
        };
        RpcOptions opt = options(server.url());
        opt.reconnectInitialMs = 50;
        RpcClient client(opt);
        QSignalSpy reconnecting(&client, &RpcClient::reconnecting);
        QStringList heads;
        int subscribed = 0;
        RpcClient::Subscription sub;
        sub.method = "chain_subscribeNewHeads";
        sub.unsubscribeMethod = "chain_unsubscribeNewHeads";
        sub.onNotification = [&](const QJsonValue& h) { heads << h.toObject().value("number").toString(); };
        sub.onSubscribed = [&](const RpcReply& r) { subscribed += r.ok() ? 1 : 0; };
        client.subscribe(sub);
        QTRY_COMPARE(subscribed, 1);
        ScriptedServer::notify(server.peers.at(0), "chain_newHead", "sub-1", QJsonObject{{"number", "0x10"}});
        QTRY_COMPARE(heads.size(), 1);

        // A call in flight when the link drops fails; the subscription comes back by itself.
        std::optional<RpcReply> inFlight;
        server.handler = [&](const QJsonValue& m, QWebSocket*) {
            const QString method = m.toObject().value("method").toString();
            if (method == "chain_subscribeNewHeads")
                return QJsonValue(answer(m, QString("sub-%1").arg(++subscribeCount)));
            return QJsonValue(); // never answers the read
        };
        client.call("chain_getHeader", {}, [&](const RpcReply& r) { inFlight = r; });
        QTRY_COMPARE(server.received.size(), 2);
        server.dropAll();
        QTRY_VERIFY(inFlight.has_value());
        QCOMPARE(inFlight->error.kind, RpcError::Kind::Transport);
        QTRY_COMPARE(subscribed, 2);
        QCOMPARE(server.connections, 2);
        QVERIFY(reconnecting.count() >= 1);
        QCOMPARE(subscribeCount, 2);
        // Old subscription ids are dead; the new one delivers.
        ScriptedServer::notify(server.peers.at(0), "chain_newHead", "sub-1", QJsonObject{{"number", "0x11"}});
        ScriptedServer::notify(server.peers.at(0), "chain_newHead", "sub-2", QJsonObject{{"number", "0x12"}});
        QTRY_COMPARE(heads.size(), 2);
        QCOMPARE(heads.last(), QString("0x12"));
    }

    void requestsWaitForTheConnectionAndRefusedConnectionsRetry() {
        // Nothing listens on this port yet: the call waits while the client retries.
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        RpcOptions opt = options(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port)));
        opt.reconnectInitialMs = 30;
        opt.reconnectMaxMs = 60;
        RpcClient client(opt);
        QSignalSpy reconnecting(&client, &RpcClient::reconnecting);
        std::optional<RpcReply> reply;
        client.call("system_chain", {}, [&](const RpcReply& r) { reply = r; });
        QTRY_VERIFY(reconnecting.count() >= 2);
        QVERIFY(!reply.has_value());
        QWebSocketServer late(QStringLiteral("late"), QWebSocketServer::NonSecureMode);
        QVERIFY(late.listen(QHostAddress::LocalHost, port));
        connect(&late, &QWebSocketServer::newConnection, this, [&] {
            auto* s = late.nextPendingConnection();
            connect(s, &QWebSocket::textMessageReceived, s, [s](const QString& text) {
                const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
                s->sendTextMessage(QString::fromUtf8(
                    QJsonDocument(answer(m, QString("Bittensor"))).toJson(QJsonDocument::Compact)));
            });
        });
        QTRY_VERIFY(reply.has_value());
        QVERIFY(reply->ok());
        QCOMPARE(reply->result.toString(), QString("Bittensor"));
    }

    void wssTrustsOnlyVerifiedCertificates() {
        // A private CA and a server certificate for 127.0.0.1, made fresh for this run.
        const QString openssl = QStandardPaths::findExecutable("openssl");
        if (openssl.isEmpty())
            QSKIP("the openssl command is not installed; cannot make test certificates");
        QTemporaryDir dir;
        auto run = [&](const QStringList& args) {
            QProcess p;
            p.setWorkingDirectory(dir.path());
            p.start(openssl, args);
            return p.waitForFinished(30'000) && p.exitCode() == 0;
        };
        QFile ext(dir.filePath("ext.cnf"));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n");
        ext.close();
        QVERIFY(run({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
                     "-subj", "/CN=Subnetscope Test CA"}));
        QVERIFY(run({"req", "-newkey", "rsa:2048", "-nodes", "-keyout", "srv.key", "-out", "srv.csr", "-subj", "/CN=127.0.0.1"}));
        QVERIFY(run({"x509", "-req", "-in", "srv.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out",
                     "srv.pem", "-days", "2", "-extfile", "ext.cnf"}));

        QWebSocketServer server(QStringLiteral("tls"), QWebSocketServer::SecureMode);
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate::fromPath(dir.filePath("srv.pem")).value(0));
        QFile keyFile(dir.filePath("srv.key"));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        ssl.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        server.setSslConfiguration(ssl);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            while (auto* s = server.nextPendingConnection())
                connect(s, &QWebSocket::textMessageReceived, s, [s](const QString& text) {
                    const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
                    s->sendTextMessage(QString::fromUtf8(QJsonDocument(answer(m, QString("over tls"))).toJson(QJsonDocument::Compact)));
                });
        });
        const QUrl url(QStringLiteral("wss://127.0.0.1:%1").arg(server.serverPort()));

        // Without the CA the certificate is refused, and the client says so instead of retrying forever.
        RpcOptions untrusted = options(url);
        untrusted.autoReconnect = false;
        RpcClient refused(untrusted);
        std::optional<RpcReply> r1;
        refused.call("system_chain", {}, [&](const RpcReply& r) { r1 = r; }, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(r1.has_value(), 15'000);
        QCOMPARE(r1->error.kind, RpcError::Kind::Transport);
        QVERIFY2(r1->error.message.contains("TLS", Qt::CaseInsensitive) || r1->error.message.contains("certificate", Qt::CaseInsensitive),
                 qPrintable(r1->error.message));

        RpcOptions trusted = options(url);
        trusted.caCertificatesFile = dir.filePath("ca.pem");
        RpcClient client(trusted);
        std::optional<RpcReply> r2;
        client.call("system_chain", {}, [&](const RpcReply& r) { r2 = r; }, 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(r2.has_value(), 15'000);
        QVERIFY2(r2->ok(), qPrintable(r2->error.message));
        QCOMPARE(r2->result.toString(), QString("over tls"));
    }

    void closeFailsPendingWithClosed() {
        ScriptedServer server;
        server.handler = [](const QJsonValue&, QWebSocket*) { return QJsonValue(); };
        RpcClient client(options(server.url()));
        std::optional<RpcReply> reply;
        client.call("state_getMetadata", {}, [&](const RpcReply& r) { reply = r; });
        QTRY_COMPARE(server.received.size(), 1);
        client.close();
        QVERIFY(reply.has_value());
        QCOMPARE(reply->error.kind, RpcError::Kind::Closed);
    }
};

QTEST_GUILESS_MAIN(TestRpcClient)
#include "tst_rpc_client.moc"
