// Black-box test of signed wallet commands on a non-local network: `subnetscope-cli node --rpc`
// serves the embedded chain over JSON-RPC as a child process, and `--network ws://…` stakes,
// unstakes and refuses through it exactly as it would against finney (SubtensorNode, signed
// extrinsic, author_submitAndWatchExtrinsic, the network's own store). Balances and positions
// are read back from the node, not from what the command printed.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include "support/CliRun.h"

namespace {

using Run = testsupport::CliRun;

const QString kCli = QStringLiteral(SUBNETSCOPE_CLI_PATH);

} // namespace

class TestCliRemoteWallet : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString pw_;
    QString data_;
    QString url_;
    quint64 servedFrom_ = 0;
    QProcess node_;

    Run cli(QStringList args, const QString& network = QString()) {
        args << QStringLiteral("--json") << QStringLiteral("--data-dir") << data_;
        if (!network.isEmpty())
            args << QStringLiteral("--network") << network;
        return testsupport::runCli(args);
    }
    Run remote(const QStringList& args) { return cli(args, url_); }
    QStringList stake(const QString& sub, const QStringList& more) const {
        return QStringList{QStringLiteral("stake"),           sub,
                           QStringLiteral("--wallet"),        QStringLiteral("alice"),
                           QStringLiteral("--password-file"), pw_} +
               more;
    }
    qint64 remoteFree() {
        const Run r = remote({QStringLiteral("wallet"), QStringLiteral("balance"), QStringLiteral("--name"),
                              QStringLiteral("alice")});
        return r.exitCode == 0 ? r.object()[QStringLiteral("free")].toInteger(-1) : -1;
    }
    QHash<int, qint64> remotePositions() {
        const Run r = remote({QStringLiteral("stake"), QStringLiteral("list"), QStringLiteral("--wallet"),
                              QStringLiteral("alice")});
        QHash<int, qint64> out;
        for (const QJsonValue& v : r.array())
            out[v.toObject()[QStringLiteral("netuid")].toInt()] +=
                v.toObject()[QStringLiteral("alpha")].toInteger();
        return out;
    }

  private slots:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        data_ = dir_.path() + QStringLiteral("/data");
        pw_ = dir_.path() + QStringLiteral("/pw");
        QFile f(pw_);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("correct horse\n");
        f.close();
        // The chain the node will serve: the local store, with alice funded by the local faucet.
        QCOMPARE(cli({QStringLiteral("sim"), QStringLiteral("--blocks"), QStringLiteral("30")}).exitCode, 0);
        QCOMPARE(cli({QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--name"),
                      QStringLiteral("alice"), QStringLiteral("--password-file"), pw_})
                     .exitCode,
                 0);
        const Run funded = cli({QStringLiteral("faucet"), QStringLiteral("--wallet"), QStringLiteral("alice"),
                                QStringLiteral("--amount"), QStringLiteral("20")});
        QCOMPARE(funded.exitCode, 0);
        QCOMPARE(funded.object()[QStringLiteral("balance")].toInteger(), 20'000'000'000);

        // Port 0: the system picks a free one and the node prints its URL. Paused: a block is
        // sealed only when a transaction arrives, so inclusion blocks are exact.
        node_.start(kCli, {QStringLiteral("node"), QStringLiteral("--rpc"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--paused"), QStringLiteral("--json"), QStringLiteral("--data-dir"),
                           data_});
        QVERIFY(node_.waitForStarted(10'000));
        QByteArray line;
        QElapsedTimer t;
        t.start();
        while (!line.contains('\n') && t.elapsed() < 120'000 && node_.state() == QProcess::Running) {
            node_.waitForReadyRead(1000);
            line += node_.readAllStandardOutput();
        }
        const QJsonObject hello = QJsonDocument::fromJson(line.trimmed()).object();
        url_ = hello[QStringLiteral("url")].toString();
        servedFrom_ = static_cast<quint64>(hello[QStringLiteral("block")].toInteger());
        QVERIFY2(url_.startsWith(QStringLiteral("ws://127.0.0.1:")), line.constData());
        QCOMPARE(servedFrom_, quint64(31));
    }

    void cleanupTestCase() {
        if (node_.state() == QProcess::Running) {
            node_.terminate();
            if (!node_.waitForFinished(20'000))
                node_.kill();
        }
    }

    // `quote` off the local network asks the node (SwapRuntimeApi sim_swap): the same amounts and
    // fee as the embedded chain's own quote of the state it serves, in the same JSON shape. The
    // remote store is not synced yet, so what the runtime does not report is null.
    void quoteComesFromTheNode() {
        for (const auto& [side, amountFlag, amount] :
             {std::tuple{QStringLiteral("stake"), QStringLiteral("--tao"), QStringLiteral("3")},
              std::tuple{QStringLiteral("unstake"), QStringLiteral("--alpha"), QStringLiteral("250.5")}}) {
            const QStringList args{QStringLiteral("quote"), side, QStringLiteral("--netuid"), QStringLiteral("1"), amountFlag,
                                   amount};
            const Run local = cli(args);
            const Run node = remote(args);
            QVERIFY2(local.exitCode == 0, local.out + local.err);
            QVERIFY2(node.exitCode == 0, node.out + node.err);
            const QJsonObject l = local.object(), n = node.object();
            QCOMPARE(n.keys(), l.keys());
            QCOMPARE(n[QStringLiteral("side")].toString(), side);
            for (const char* key : {"amount_in", "fee", "amount_out"})
                QVERIFY2(n[QLatin1String(key)].toInteger() == l[QLatin1String(key)].toInteger() &&
                             n[QLatin1String(key)].toInteger() > 0,
                         qPrintable(QString::fromLatin1(key) + QLatin1Char(' ') + node.out + local.out));
            // The node's price arrives in whole rao per alpha, so what derives from it agrees to
            // that precision only.
            QVERIFY(std::abs(n[QStringLiteral("price_before")].toDouble() - l[QStringLiteral("price_before")].toDouble()) <= 1e-9);
            const double noSlip = static_cast<double>(n[QStringLiteral("amount_out_no_slippage")].toInteger());
            const double noSlipLocal = static_cast<double>(l[QStringLiteral("amount_out_no_slippage")].toInteger());
            QVERIFY2(std::abs(noSlip - noSlipLocal) <= 1e-6 * noSlipLocal, node.out + local.out);
            QVERIFY(n[QStringLiteral("limit_price")].toDouble() > 0);
            QVERIFY(n[QStringLiteral("price_after")].isNull());
            QVERIFY(n[QStringLiteral("max_amount_in_at_limit")].isNull());
        }
        // What the pool cannot take: the runtime answers zeros, the CLI says the node refused.
        const Run huge = remote({QStringLiteral("quote"), QStringLiteral("stake"), QStringLiteral("--netuid"),
                                 QStringLiteral("1"), QStringLiteral("--tao"), QStringLiteral("18000000000")});
        QCOMPARE(huge.exitCode, 3);
        QCOMPARE(huge.errorCode(), QStringLiteral("QuoteRefused"));
    }

    void stakeAndUnstakeThroughTheNode() {
        QCOMPARE(remoteFree(), 20'000'000'000);
        QVERIFY(remotePositions().isEmpty());

        const Run added =
            remote(stake(QStringLiteral("add"), {QStringLiteral("--netuid"), QStringLiteral("1"),
                                                 QStringLiteral("--tao"), QStringLiteral("3")}));
        QVERIFY2(added.exitCode == 0, added.out + added.err);
        QCOMPARE(added.object()[QStringLiteral("block")].toInteger(), qint64(servedFrom_ + 1));
        QCOMPARE(added.object()[QStringLiteral("tao")].toInteger(), 3'000'000'000);
        const qint64 alpha = added.object()[QStringLiteral("alpha")].toInteger();
        QVERIFY(alpha > 0);
        QVERIFY(added.object()[QStringLiteral("fee")].toInteger() > 0);
        QVERIFY(added.object()[QStringLiteral("price_after")].toDouble() > 0);

        // What the chain holds now, read over RPC: the balance and the new position.
        QCOMPARE(remoteFree(), 17'000'000'000);
        QCOMPARE(remotePositions().value(1), alpha);
        // The network's own store has the inclusion block (and not the local one's name).
        QVERIFY(QFile::exists(data_ + QStringLiteral("/ws_127.0.0.1_") + url_.section(QLatin1Char(':'), -1) +
                              QStringLiteral(".sqlite")));

        const QString half = QString::number(alpha / 2 / 1'000'000'000) + QLatin1Char('.') +
                             QStringLiteral("%1").arg(alpha / 2 % 1'000'000'000, 9, 10, QLatin1Char('0'));
        const Run removed =
            remote(stake(QStringLiteral("remove"),
                         {QStringLiteral("--netuid"), QStringLiteral("1"), QStringLiteral("--alpha"), half}));
        QVERIFY2(removed.exitCode == 0, removed.out + removed.err);
        QCOMPARE(removed.object()[QStringLiteral("block")].toInteger(), qint64(servedFrom_ + 2));
        QCOMPARE(removed.object()[QStringLiteral("alpha")].toInteger(), alpha / 2);
        const qint64 back = removed.object()[QStringLiteral("tao")].toInteger();
        QVERIFY(back > 0 && back < 3'000'000'000);
        QCOMPARE(remoteFree(), 17'000'000'000 + back);
        QCOMPARE(remotePositions().value(1), alpha - alpha / 2);

        // The rest moves to subnet 2 (swap_stake_limit on the same hotkey); the free balance stays.
        const qint64 rest = alpha - alpha / 2;
        const QString restText = QString::number(rest / 1'000'000'000) + QLatin1Char('.') +
                                 QStringLiteral("%1").arg(rest % 1'000'000'000, 9, 10, QLatin1Char('0'));
        const Run moved =
            remote(stake(QStringLiteral("move"),
                         {QStringLiteral("--netuid"), QStringLiteral("1"), QStringLiteral("--dest-netuid"),
                          QStringLiteral("2"), QStringLiteral("--alpha"), restText,
                          QStringLiteral("--tolerance"), QStringLiteral("0.05")}));
        QVERIFY2(moved.exitCode == 0, moved.out + moved.err);
        QCOMPARE(moved.object()[QStringLiteral("block")].toInteger(), qint64(servedFrom_ + 3));
        const auto after = remotePositions();
        QCOMPARE(after.value(1), 0);
        QVERIFY(after.value(2) > 0);
        QCOMPARE(after.value(2), moved.object()[QStringLiteral("alpha")].toInteger());
        QCOMPARE(remoteFree(), 17'000'000'000 + back);
    }

    // After a stake the network's store is synced: the node's quote now carries the pool's
    // estimate of the price after and the amount within the limit.
    void quoteAddsTheSyncedPoolsEstimate() {
        const Run node = remote({QStringLiteral("quote"), QStringLiteral("stake"), QStringLiteral("--netuid"),
                                 QStringLiteral("1"), QStringLiteral("--tao"), QStringLiteral("2")});
        QVERIFY2(node.exitCode == 0, node.out + node.err);
        const QJsonObject n = node.object();
        QCOMPARE(n[QStringLiteral("amount_in")].toInteger(), 2'000'000'000);
        QVERIFY(n[QStringLiteral("price_after")].toDouble() > n[QStringLiteral("price_before")].toDouble());
        QVERIFY(n[QStringLiteral("price_impact")].toDouble() > 0);
        QVERIFY(n[QStringLiteral("max_amount_in_at_limit")].toInteger() > 0);
    }

    void refusalsAreSpecificAndChangeNothing() {
        const qint64 before = remoteFree();
        QVERIFY(before > 0);
        const auto positions = remotePositions();
        const Run r = remote(stake(QStringLiteral("add"), {QStringLiteral("--netuid"), QStringLiteral("1"),
                                                           QStringLiteral("--tao"), QStringLiteral("1000")}));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errorCode(), QStringLiteral("InsufficientBalance"));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("1000")), qPrintable(r.errorMessage()));
        QCOMPARE(remoteFree(), before);
        QCOMPARE(remotePositions(), positions);

        // The faucet stays on the local network, with the reason.
        const Run faucet =
            remote({QStringLiteral("faucet"), QStringLiteral("--wallet"), QStringLiteral("alice")});
        QCOMPARE(faucet.exitCode, 2);
        QVERIFY2(faucet.errorMessage().contains(QStringLiteral("local network")),
                 qPrintable(faucet.errorMessage()));
        QCOMPARE(remoteFree(), before);
    }

    void transferSendsTao() {
        const qint64 before = remoteFree();
        const Run bob = cli({QStringLiteral("wallet"), QStringLiteral("create"), QStringLiteral("--name"),
                             QStringLiteral("bob"), QStringLiteral("--password-file"), pw_});
        QCOMPARE(bob.exitCode, 0);
        const QString to = bob.object()[QStringLiteral("coldkey")].toString();
        const QStringList send{QStringLiteral("wallet"),          QStringLiteral("transfer"),
                               QStringLiteral("--name"),          QStringLiteral("alice"),
                               QStringLiteral("--password-file"), pw_};
        const Run bad = remote(send + QStringList{QStringLiteral("--to"), QStringLiteral("5xyz"),
                                                  QStringLiteral("--tao"), QStringLiteral("1")});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.errorCode(), QStringLiteral("InvalidAddress"));
        const Run sent = remote(
            send + QStringList{QStringLiteral("--to"), to, QStringLiteral("--tao"), QStringLiteral("1.5")});
        QVERIFY2(sent.exitCode == 0, sent.out + sent.err);
        QCOMPARE(sent.object()[QStringLiteral("tao")].toInteger(), 1'500'000'000);
        QCOMPARE(sent.object()[QStringLiteral("balance")].toInteger(), before - 1'500'000'000);
        QCOMPARE(remoteFree(), before - 1'500'000'000);
        const Run bobs = remote({QStringLiteral("wallet"), QStringLiteral("balance"),
                                 QStringLiteral("--name"), QStringLiteral("bob")});
        QCOMPARE(bobs.object()[QStringLiteral("free")].toInteger(), 1'500'000'000);
    }

    void unreachableNodeIsANodeFailure() {
        // Nothing listens on the discard port on loopback.
        const Run r = cli(stake(QStringLiteral("add"), {QStringLiteral("--netuid"), QStringLiteral("1"),
                                                        QStringLiteral("--tao"), QStringLiteral("1")}),
                          QStringLiteral("ws://127.0.0.1:9"));
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.errorCode() == QStringLiteral("NodeFailed") || r.errorCode() == QStringLiteral("Timeout"),
                 qPrintable(r.errorCode()));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("ws://127.0.0.1:9")), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(QStringLiteral("Nothing was sent")), qPrintable(r.errorMessage()));
    }

    void secretsNeverReachTheLog() {
        QFile log(data_ + QStringLiteral("/logs/subnetscope.log"));
        QVERIFY2(log.open(QIODevice::ReadOnly), "the CLI writes a log");
        QVERIFY(!log.readAll().contains("correct horse"));
    }
};

QTEST_GUILESS_MAIN(TestCliRemoteWallet)
#include "tst_cli_remote_wallet.moc"
