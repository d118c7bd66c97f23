// Black-box: `subnetscope-cli node --rpc 127.0.0.1:PORT` serves a fresh local chain, and
// `subnetscope-cli --network ws://127.0.0.1:PORT sync` then `subnets --json` read it back into
// a store of their own; the subnets agree with what the serving process stored itself.

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray runCli(const QStringList& args, int* exitCode) {
    QProcess p;
    p.start(QStringLiteral(SUBNETSCOPE_CLI_PATH), args);
    if (!p.waitForFinished(120'000)) {
        p.kill();
        *exitCode = -1;
        return {};
    }
    *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestRpcCli : public QObject {
    Q_OBJECT
private slots:
    void syncFromTheLoopbackNodeThenListSubnets() {
        QTemporaryDir serveDir, readDir;
        const quint16 port = freePort();
        const QString url = QStringLiteral("ws://127.0.0.1:%1").arg(port);
        QProcess node;
        node.start(QStringLiteral(SUBNETSCOPE_CLI_PATH),
                   {"--data-dir", serveDir.path(), "--json", "node", "--rpc", QStringLiteral("127.0.0.1:%1").arg(port),
                    "--block-time", "50"});
        QVERIFY(node.waitForStarted());
        // The first stdout line names the URL once the server listens.
        QTRY_VERIFY_WITH_TIMEOUT(node.canReadLine() || node.state() != QProcess::Running, 30'000);
        QTest::qWait(1'500); // let it produce a few blocks past genesis

        int code = 0;
        const QByteArray synced = runCli({"--data-dir", readDir.path(), "--network", url, "--json", "sync"}, &code);
        QCOMPARE(code, 0);
        const quint64 block = QJsonDocument::fromJson(synced).object().value("block").toInteger();
        QVERIFY2(block > 5, synced.constData());
        const QJsonArray remote = QJsonDocument::fromJson(runCli({"--data-dir", readDir.path(), "--network", url, "--json", "subnets"}, &code)).array();
        QCOMPARE(code, 0);
        node.terminate();
        QVERIFY(node.waitForFinished(30'000));

        // The serving process stored the same chain (further along): names, owners and tempo agree.
        const QJsonArray local = QJsonDocument::fromJson(runCli({"--data-dir", serveDir.path(), "--json", "subnets"}, &code)).array();
        QCOMPARE(code, 0);
        QVERIFY(remote.size() > 1);
        QCOMPARE(remote.size(), local.size());
        for (qsizetype i = 0; i < remote.size(); ++i) {
            const QJsonObject a = remote[i].toObject(), b = local[i].toObject();
            for (const char* field : {"netuid", "name", "symbol", "owner_coldkey", "owner_hotkey", "registered_at", "tempo", "max_uids"})
                QVERIFY2(a.value(field) == b.value(field), field);
        }
    }
};

QTEST_GUILESS_MAIN(TestRpcCli)
#include "tst_rpc_cli.moc"
