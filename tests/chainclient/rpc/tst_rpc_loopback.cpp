// SubtensorNode → a real WebSocket on 127.0.0.1 → RpcServer → LocalNode's chain, compared with
// the snapshots the same LocalNode hands out in process, block by block and field by field.

#include "support/LoopbackNode.h"

#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/crypto/SecretBuffer.h"
#include "chainclient/crypto/Ss58.h"
#include "chainclient/local/AccountText.h"
#include "chainclient/local/LocalNode.h"
#include "chainclient/local/RpcServer.h"
#include "chainclient/local/RpcServerMetadata.h"
#include "chainclient/subtensor/Extrinsic.h"
#include "chainclient/subtensor/Hex.h"
#include "chainclient/subtensor/RuntimeDecoder.h"
#include "chainclient/subtensor/SubtensorNode.h"

#include <QSignalSpy>
#include <QTest>
#include <cmath>
#include <map>

using namespace chainclient;
using namespace chainclient::subtensor;

namespace {

constexpr quint64 kBlocks = 160;

bool near(double a, double b, double rel, double abs) { return std::fabs(a - b) <= std::max(abs, rel * std::fabs(b)); }

SubtensorNodeOptions nodeOptions(const QUrl& url) { return testsupport::loopbackNodeOptions(url); }

} // namespace

class TestRpcLoopback : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { registerNodeMetaTypes(); }

    void ownMetadataParsesWithEveryServedMethod() {
        const Metadata& md = RpcServerMetadata::metadata();
        QCOMPARE(int(md.version()), 15);
        for (auto [api, method] : {std::pair{"SubnetInfoRuntimeApi", "get_all_dynamic_info"},
                                   std::pair{"SubnetInfoRuntimeApi", "get_selective_metagraph"},
                                   std::pair{"NeuronInfoRuntimeApi", "get_neurons_lite"},
                                   std::pair{"SwapRuntimeApi", "current_alpha_price"},
                                   std::pair{"TransactionPaymentApi", "query_info"},
                                   std::pair{"DelegateInfoRuntimeApi", "get_delegates"},
                                   std::pair{"DelegateInfoRuntimeApi", "get_delegate"}})
            QVERIFY2(md.runtimeApiMethod(api, method), method);
        // The selective metagraph has the 74 fields of the real runtime, in its order.
        const auto* m = md.runtimeApiMethod("SubnetInfoRuntimeApi", "get_selective_metagraph");
        const auto* some = md.types().type(md.types().type(m->output)->variantByName("Some")->fields.front().type);
        QCOMPARE(int(some->fields.size()), 74);
        QCOMPARE(QString::fromStdString(some->fields[30].name), QString("num_uids"));
        QCOMPARE(QString::fromStdString(some->fields[73].name), QString("commitments"));
        QVERIFY(md.storageEntry("SubtensorModule", "SubtokenEnabled"));
    }

    void subtensorNodeSeesWhatLocalNodeProduces() {
        RpcServerOptions so;
        so.keepBlocks = static_cast<int>(kBlocks) + 8;
        RpcServer server(so);
        QVERIFY(server.listen());
        QCOMPARE(server.url().host(), QString("127.0.0.1"));

        LocalNodeOptions lo;
        lo.blockIntervalMs = 0;
        lo.catchUpTo = kBlocks;
        lo.blockObserver = server.blockObserver();
        lo.scenario.minValidatorTake = 0.02; // varied takes, read over RPC with get_delegates
        lo.scenario.maxValidatorTake = 0.16;
        LocalNode local(lo);
        server.setNode(&local);
        std::map<quint64, BlockSnapshot> reference;
        connect(&local, &NodeClient::blocksReady, this, [&](const BlockBatch& b) {
            for (const auto& s : b) reference[s.number] = s;
            local.acknowledge(b.last().number);
        });
        local.startStreaming(0);
        QTRY_VERIFY_WITH_TIMEOUT(reference.size() == kBlocks && server.head() == kBlocks, 60'000);

        SubtensorNode remote(nodeOptions(server.url()));
        std::map<quint64, BlockSnapshot> got;
        QString failure;
        connect(&remote, &NodeClient::failed, this, [&](const QString& m) { failure = m; });
        connect(&remote, &NodeClient::blocksReady, this, [&](const BlockBatch& b) {
            for (const auto& s : b) {
                QVERIFY2(got.empty() || got.rbegin()->first + 1 == s.number, "blocks out of order");
                got[s.number] = s;
            }
            remote.acknowledge(b.last().number);
        });
        remote.startStreaming(0);
        QTRY_VERIFY_WITH_TIMEOUT(got.size() == kBlocks || !failure.isEmpty(), 120'000);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));

        int epochs = 0, metagraphRows = 0;
        const auto takesOf = [](const BlockSnapshot& b) {
            QStringList out;
            for (const auto& t : b.delegateTakes) out << QString("%1:%2").arg(t.hotkey).arg(t.take);
            out.sort();
            return out;
        };
        for (const auto& [n, want] : reference) {
            const BlockSnapshot& have = got.at(n);
            // Both nodes send every take on their first block (the takes never change here).
            QCOMPARE(have.delegateTakesKnown, n == 1);
            QCOMPARE(want.delegateTakesKnown, n == 1);
            QCOMPARE(takesOf(have), takesOf(want));
            if (n == 1) {
                QVERIFY(want.delegateTakes.size() > 20);
                for (const auto& t : want.delegateTakes) QVERIFY(t.take >= 1300 && t.take <= 10'486);
            }
            QCOMPARE(have.timestampMs, want.timestampMs);
            QCOMPARE(have.totalIssuance, want.totalIssuance);
            QCOMPARE(have.rootStake, want.rootStake);
            QCOMPARE(have.subnets.size(), want.subnets.size());
            for (qsizetype i = 0; i < want.subnets.size(); ++i) {
                const SubnetSnapshot& a = have.subnets[i];
                const SubnetSnapshot& e = want.subnets[i];
                const QByteArray where = QByteArray("block ") + QByteArray::number(n) + " netuid " + QByteArray::number(e.netuid);
                QVERIFY2(a.netuid == e.netuid && a.name == e.name && a.symbol == e.symbol, where);
                QVERIFY2(a.ownerColdkey == e.ownerColdkey && a.ownerHotkey == e.ownerHotkey, where);
                QVERIFY2(a.registeredAt == e.registeredAt && a.started == e.started, where);
                QVERIFY2(a.taoIn == e.taoIn && a.alphaIn == e.alphaIn && a.alphaOut == e.alphaOut, where);
                QVERIFY2(a.taoInEmission == e.taoInEmission && a.alphaInEmission == e.alphaInEmission &&
                             a.alphaOutEmission == e.alphaOutEmission, where);
                QVERIFY2(a.volume == e.volume && a.tempo == e.tempo, where);
                QVERIFY2(a.nUids == e.nUids && a.maxUids == e.maxUids && a.nValidators == e.nValidators, where);
                // Prices cross the wire as rao per Alpha and I96F32 bits; shares as rao per block.
                QVERIFY2(near(a.price, e.price, 1e-8, 1e-9), where + " price " + QByteArray::number(a.price) + " vs " + QByteArray::number(e.price));
                QVERIFY2(near(a.movingPrice, e.movingPrice, 1e-8, 1e-9), where + " moving price");
                QVERIFY2(near(a.emissionShare, e.emissionShare, 1e-6, 1e-8), where + " emission share");
                const auto& ah = a.hyperparameters;
                const auto& eh = e.hyperparameters;
                QVERIFY2(ah.tempo == eh.tempo && ah.maxUids == eh.maxUids && ah.maxValidators == eh.maxValidators &&
                             ah.immunityPeriod == eh.immunityPeriod && ah.burn == eh.burn &&
                             ah.activityCutoff == eh.activityCutoff, where + " hyperparameters");
                QVERIFY2(a.metagraph.size() == e.metagraph.size(), where + " metagraph rows");
                for (qsizetype u = 0; u < e.metagraph.size(); ++u) {
                    const MetagraphRow& x = a.metagraph[u];
                    const MetagraphRow& y = e.metagraph[u];
                    QVERIFY2(x.uid == y.uid && x.hotkey == y.hotkey && x.coldkey == y.coldkey, where);
                    QVERIFY2(x.alphaStake == y.alphaStake && x.taoStake == y.taoStake && x.stake == y.stake, where);
                    QVERIFY2(x.emission == y.emission && x.lastUpdate == y.lastUpdate && x.registeredAt == y.registeredAt, where);
                    QVERIFY2(x.validatorPermit == y.validatorPermit && x.active == y.active, where);
                    // u16 fractions on the wire, as on the real chain.
                    for (auto [p, q] : {std::pair{x.incentive, y.incentive}, std::pair{x.dividends, y.dividends},
                                        std::pair{x.consensus, y.consensus}, std::pair{x.validatorTrust, y.validatorTrust}})
                        QVERIFY2(std::fabs(p - q) <= 0.5 / 65535 + 1e-12, where + " u16 fraction");
                    ++metagraphRows;
                }
            }
            // Lifecycle and epoch events (trades are not read over RPC yet).
            QStringList ev, wantEv;
            for (const auto& x : have.events) ev << QString("%1:%2").arg(x.netuid).arg(x.kind);
            for (const auto& x : want.events)
                if (x.kind != "neuron_registered" && (n > 1 || x.kind == "epoch")) wantEv << QString("%1:%2").arg(x.netuid).arg(x.kind);
            ev.sort();
            wantEv.sort();
            QCOMPARE(ev, wantEv);
            for (const auto& x : want.events) epochs += x.kind == "epoch";
        }
        QVERIFY2(epochs > 0, "the window should contain epochs so metagraph rows are compared");
        QVERIFY(metagraphRows > 0);
    }

    void prunedBlockStopsWithArchiveAdvice() {
        RpcServerOptions so;
        so.keepBlocks = 8; // a pruning node
        RpcServer server(so);
        QVERIFY(server.listen());
        LocalNodeOptions lo;
        lo.blockIntervalMs = 0;
        lo.catchUpTo = 40;
        lo.blockObserver = server.blockObserver();
        LocalNode local(lo);
        connect(&local, &NodeClient::blocksReady, this, [&](const BlockBatch& b) { local.acknowledge(b.last().number); });
        local.startStreaming(0);
        QTRY_COMPARE_WITH_TIMEOUT(server.head(), quint64(40), 30'000);

        SubtensorNode remote(nodeOptions(server.url()));
        QSignalSpy failed(&remote, &NodeClient::failed);
        QSignalSpy blocks(&remote, &NodeClient::blocksReady);
        remote.startStreaming(10); // block 11 is long gone
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 20'000);
        const QString message = failed.at(0).at(0).toString();
        QVERIFY2(message.contains("archive node") && message.contains("11"), qPrintable(message));
        QCOMPARE(blocks.count(), 0);

        // Within the kept window it syncs, then follows new heads as they come.
        SubtensorNode recent(nodeOptions(server.url()));
        quint64 last = 0;
        connect(&recent, &NodeClient::blocksReady, this, [&](const BlockBatch& b) {
            last = b.last().number;
            recent.acknowledge(last);
        });
        recent.startStreaming(36);
        QTRY_COMPARE_WITH_TIMEOUT(last, quint64(40), 20'000);
        local.extendTo(43);
        QTRY_COMPARE_WITH_TIMEOUT(last, quint64(43), 20'000);
    }

    void submissionIsWatchedFromReadyToInBlock() {
        RpcServer server;
        QVERIFY(server.listen());
        LocalNodeOptions lo;
        lo.blockIntervalMs = 0;
        lo.catchUpTo = 20;
        lo.blockObserver = server.blockObserver();
        LocalNode local(lo);
        server.setNode(&local);
        QByteArray hotkey;
        quint16 netuid = 0;
        quint64 lastSeen = 0;
        connect(&local, &NodeClient::blocksReady, this, [&](const BlockBatch& b) {
            lastSeen = b.last().number;
            for (const auto& blk : b)
                for (const auto& s : blk.subnets)
                    if (hotkey.isEmpty() && s.netuid != 0 && s.started && !s.positions.isEmpty()) {
                        hotkey = accountBytes(*accountFromText(s.positions.front().hotkey));
                        netuid = s.netuid;
                    }
            local.acknowledge(b.last().number);
        });
        local.startStreaming(0);
        // The server sees a block on the node's thread before blocksReady reaches this one.
        QTRY_VERIFY_WITH_TIMEOUT(server.head() == 20 && lastSeen == 20, 30'000);
        QVERIFY2(!hotkey.isEmpty(), "a started subnet with stake at genesis");

        auto key = crypto::Ed25519Key::fromSeed(crypto::SecretBuffer::fromByteArray(QByteArray(32, '\x11')));
        QVERIFY(key.ok());
        QSignalSpy funded(&local, &NodeClient::submitted);
        local.faucet(crypto::Ss58::encode(key->publicKey()), 100'000'000'000);
        QTRY_COMPARE(funded.count(), 1);

        // Everything the signature commits to comes over RPC, as a wallet on finney gets it.
        SubtensorNode remote(nodeOptions(server.url()));
        RpcClient rpc(nodeOptions(server.url()).rpc);
        std::optional<QVector<RpcReply>> chainInfo;
        rpc.batch({{"chain_getBlockHash", {0}}, {"chain_getHeader", {}}, {"state_getRuntimeVersion", {}}},
                           [&](const QVector<RpcReply>& r) { chainInfo = r; });
        QTRY_VERIFY(chainInfo.has_value());
        for (const auto& r : *chainInfo) QVERIFY2(r.ok(), qPrintable(r.error.message));
        SigningContext ctx;
        ctx.genesisHash = QByteArray::fromHex(chainInfo->at(0).result.toString().mid(2).toLatin1());
        const quint64 head = chainInfo->at(1).result.toObject().value("number").toString().mid(2).toULongLong(nullptr, 16);
        ctx.specVersion = static_cast<quint32>(chainInfo->at(2).result.toObject().value("specVersion").toInt());
        ctx.transactionVersion = static_cast<quint32>(chainInfo->at(2).result.toObject().value("transactionVersion").toInt());
        ctx.era = Era::mortal(64, head);
        std::optional<RpcReply> birth;
        rpc.call("chain_getBlockHash", {static_cast<qint64>(ctx.era.birthBlock(head))}, [&](const RpcReply& r) { birth = r; });
        QTRY_VERIFY(birth.has_value());
        ctx.birthHash = QByteArray::fromHex(birth->result.toString().mid(2).toLatin1());
        // The wallet's view of the account over RPC: balance, nonce and the signing parameters.
        const QString alice = crypto::Ss58::encode(key->publicKey());
        QSignalSpy accounts(&remote, &NodeClient::accountStateReady);
        const quint64 ask = remote.requestAccountState(alice);
        QTRY_COMPARE_WITH_TIMEOUT(accounts.count(), 1, 20'000);
        auto before = accounts.at(0).at(0).value<AccountState>();
        QVERIFY2(before.ok, qPrintable(before.message));
        QCOMPARE(before.requestId, ask);
        QCOMPARE(before.free, quint64(100'000'000'000));
        QCOMPARE(before.nonce, quint64(0));
        QCOMPARE(before.genesisHash, ctx.genesisHash);
        QCOMPARE(before.specVersion, ctx.specVersion);
        QCOMPARE(before.block, head);
        QVERIFY(before.positions.isEmpty());
        ctx.nonce = before.nonce;
        const QByteArray xt = Extrinsic::signEd25519(Call::addStake(hotkey, netuid, 1'000'000'000).encode(), ctx, *key);

        // The fee estimate goes over state_call and decodes with the served metadata; the
        // embedded chain charges no fee, so the honest answer is 0 (the balance check below agrees).
        QSignalSpy fees(&remote, &NodeClient::feeEstimated);
        const quint64 feeAsk = remote.requestFeeEstimate(xt);
        QTRY_COMPARE_WITH_TIMEOUT(fees.count(), 1, 20'000);
        const auto fee = fees.at(0).at(0).value<FeeEstimate>();
        QVERIFY2(fee.ok, qPrintable(fee.errorCode + ": " + fee.message));
        QCOMPARE(fee.requestId, feeAsk);
        QCOMPARE(fee.fee, quint64(0));

        QStringList statuses;
        connect(&remote, &SubtensorNode::extrinsicStatus, this,
                [&](quint64, const QString& status, const QString&) { statuses << status; });
        QSignalSpy submitted(&remote, &NodeClient::submitted);
        const quint64 id = remote.submitExtrinsic(xt);
        QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 1, 20'000);
        auto result = submitted.at(0).at(0).value<SubmitResult>();
        QCOMPARE(result.requestId, id);
        QVERIFY2(result.ok, qPrintable(result.errorCode + ": " + result.message));
        QCOMPARE(result.block, head + 1);
        // The amounts come from the call's own StakeAdded event (Phase::ApplyExtrinsic), the price
        // from the pool as the block left it.
        QCOMPARE(result.tao, quint64(1'000'000'000));
        QVERIFY(result.alpha > 0);
        QVERIFY(result.priceAfter > 0);
        QVERIFY(result.fee < result.tao);
        QTRY_VERIFY(statuses.contains("finalized"));
        QCOMPARE(statuses.mid(0, 2), (QStringList{"ready", "inBlock"}));

        remote.requestAccountState(alice);
        QTRY_COMPARE_WITH_TIMEOUT(accounts.count(), 2, 20'000);
        const auto after = accounts.at(1).at(0).value<AccountState>();
        QVERIFY2(after.ok, qPrintable(after.message));
        QCOMPARE(after.nonce, quint64(1));
        QCOMPARE(after.free, before.free - 1'000'000'000);
        bool found = false;
        for (const auto& p : after.positions)
            found = found || (p.netuid == netuid && p.hotkey == crypto::Ss58::encode(hotkey) && p.alpha == result.alpha);
        QVERIFY2(found, "the new stake position is read back through StakeInfoRuntimeApi");

        // The same bytes again: the nonce is spent, and the node refuses it with 1010.
        remote.submitExtrinsic(xt);
        QTRY_COMPARE_WITH_TIMEOUT(submitted.count(), 2, 20'000);
        result = submitted.at(1).at(0).value<SubmitResult>();
        QVERIFY(!result.ok);
        QCOMPARE(result.errorCode, QString("InvalidTransaction"));
        QVERIFY2(result.message.contains("BadNonce"), qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(TestRpcLoopback)
#include "tst_rpc_loopback.moc"
