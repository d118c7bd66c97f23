// Portfolio, history and wallet-manager models: average cost, realized P&L and emissions from
// the wallet's own trades, exit value from the pool math, moves joined from their two legs,
// the exact CSV, the three-word check, lock/unlock and the activity journal.

#include "chainclient/crypto/Mnemonic.h"
#include "models/CsvHistory.h"
#include "models/HistoryModel.h"
#include "models/PortfolioModel.h"
#include "models/QuoteService.h"
#include "models/WalletManager.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using chainclient::TradeSide;
using models::PositionRow;
using models::TradeRow;

namespace {
const QString kHot = QStringLiteral("5HotkeyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

chainclient::SubnetSnapshot subnet(quint16 netuid, double price) {
    chainclient::SubnetSnapshot s;
    s.netuid = netuid, s.name = QStringLiteral("sn%1").arg(netuid), s.symbol = QStringLiteral("α"),
    s.started = true;
    s.taoIn = 1'000'000'000'000;
    s.alphaIn = static_cast<quint64>(1'000'000'000'000 / price);
    s.price = price, s.feeRate = 33;
    return s;
}
} // namespace

class TestPortfolio : public QObject {
    Q_OBJECT
  private slots:
    void averageCostRealizedAndEmissions() {
        const QVector<TradeRow> trades{
            // newest first, as the store hands them
            {30, 1, TradeSide::Unstake, kHot, 9'500'000'000, 485'000'000'000, 1'000'000, 0.0196},
            {20, 1, TradeSide::Stake, kHot, 10'000'000'000, 480'000'000'000, 3'000'000, 0.0204},
            {10, 1, TradeSide::Stake, kHot, 10'000'000'000, 490'000'000'000, 3'000'000, 0.0202},
        };
        const QVector<PositionRow> positions{{1, kHot, 500'000'000'000, 0.02, 30}};
        const auto sn = subnet(1, 0.02);
        const auto rows = models::PortfolioModel::compute(positions, trades, {sn});
        QCOMPARE(rows.size(), 1);
        const auto& r = rows[0];
        QCOMPARE(r.alpha, 500'000'000'000u);
        QCOMPARE(r.spotValue, 10'000'000'000u); // 500 α × 0.02
        // Half of the 970 α bought was sold: half of the 20 TAO cost is gone, 9.5 TAO came back.
        QCOMPARE(r.costBasis, 10'000'000'000u);
        QCOMPARE(r.realized, -500'000'000);
        QCOMPARE(r.emissionAlpha, 15'000'000'000u); // 500 held − 485 from trades
        QCOMPARE(r.emissionValue(), 300'000'000u);
        // Exit value is the pool's own answer for selling everything, below spot.
        auto q = models::QuoteService::quote(*models::QuoteService::poolOf(sn),
                                             {economics::SwapSide::Sell, r.alpha, 0});
        QVERIFY(q.ok());
        QVERIFY(r.exitValue.has_value());
        QCOMPARE(*r.exitValue, q->amountOut);
        QVERIFY(*r.exitValue < r.spotValue);
        QCOMPARE(r.pnl(), static_cast<qint64>(*r.exitValue) - 10'000'000'000);

        const auto t = models::PortfolioModel::totalsOf(rows, 5'000'000'000);
        QCOMPARE(t.total(), 5'000'000'000 + *r.exitValue);
        QCOMPARE(t.cost, 10'000'000'000u);
    }

    void tableLabelsUnitsAndHidesBalances() {
        models::PortfolioModel m;
        const auto rows =
            models::PortfolioModel::compute({{1, kHot, 1'234'500'000'000, 0.02, 1}}, {}, {subnet(1, 0.02)});
        m.setRows(rows, 1'000'000'000);
        const QString alpha = m.index(0, models::PortfolioModel::Alpha).data().toString();
        QCOMPARE(alpha, QStringLiteral("1,234.5000 Alpha"));
        QCOMPARE(m.index(0, models::PortfolioModel::Spot).data().toString(), QStringLiteral("24.6900 TAO"));
        QVERIFY(!m.index(0, models::PortfolioModel::Exit).data().toString().contains(QLatin1Char('e')));
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setHideBalances(true);
        QCOMPARE(changed.size(), 1);
        for (int c :
             {models::PortfolioModel::Alpha, models::PortfolioModel::Spot, models::PortfolioModel::Exit,
              models::PortfolioModel::Cost, models::PortfolioModel::Pnl, models::PortfolioModel::Emissions})
            QVERIFY2(!m.index(0, c).data().toString().contains(QRegularExpression(QStringLiteral("[0-9]"))),
                     qPrintable(m.index(0, c).data().toString()));
        QCOMPARE(m.amount(QStringLiteral("1 TAO")), QStringLiteral("••••••"));
    }

    void valueHistoryAddsTheFreeBalanceBack() {
        // No store: prices come from the trades themselves.
        QTemporaryDir dir;
        const QString noStore = dir.filePath(QStringLiteral("none.sqlite"));
        const QVector<TradeRow> trades{
            {10, 1, TradeSide::Stake, kHot, 10'000'000'000, 490'000'000'000, 0, 0.0202}};
        const QVector<models::ActivityEntry> credits{{QStringLiteral("faucet"), 5, 0, 100'000'000'000, {}}};
        models::PortfolioRow now;
        now.spotValue = 9'800'000'000;
        const auto points =
            models::PortfolioModel::valueHistory(noStore, trades, {now}, 20, 100, 90'000'000'000, credits);
        QCOMPARE(points.size(), 3);
        QCOMPARE(points[0], QPointF(5, 100));                // the faucet: all free
        QCOMPARE(points[1], QPointF(10, 90 + 490 * 0.0202)); // 10 TAO now staked
        QCOMPARE(points[2], QPointF(20, 99.8));              // positions as they are now
        // Without the free balance: the staked value alone, from the first trade.
        const auto staked = models::PortfolioModel::valueHistory(noStore, trades, {now}, 20, 100);
        QCOMPARE(staked.size(), 2);
        QCOMPARE(staked[0], QPointF(10, 490 * 0.0202));
        // TAO sent away after the stake: earlier points had it, later ones do not.
        const QVector<models::ActivityEntry> withTransfer{
            {QStringLiteral("faucet"), 5, 0, 100'000'000'000, {}},
            {QStringLiteral("transfer_out"), 15, 0, 5'000'000'000, QStringLiteral("5Bob")}};
        const auto sent =
            models::PortfolioModel::valueHistory(noStore, trades, {now}, 20, 100, 85'000'000'000, withTransfer);
        QCOMPARE(sent.size(), 4);
        QCOMPARE(sent[0], QPointF(5, 100));
        QCOMPARE(sent[1], QPointF(10, 90 + 490 * 0.0202));
        QCOMPARE(sent[2], QPointF(15, 85 + 490 * 0.0202));
        QCOMPARE(sent[3], QPointF(20, 94.8));
    }

    void historyJoinsMoveLegsAndAddsFaucet() {
        const QVector<TradeRow> trades{
            {40, 3, TradeSide::Stake, kHot, 4'900'000'000, 98'000'000'000, 0, 0.05},
            {40, 1, TradeSide::Unstake, kHot, 4'900'000'000, 250'000'000'000, 830'000'000, 0.0199},
            {10, 1, TradeSide::Stake, kHot, 10'000'000'000, 490'000'000'000, 3'000'000, 0.0202},
        };
        const QVector<models::ActivityEntry> activity{{QStringLiteral("faucet"), 5, 0, 100'000'000'000, {}}};
        const auto entries = models::HistoryModel::build(trades, activity, [](quint64 b) {
            return qint64{1'700'000'000'000} + static_cast<qint64>(b) * 12'000;
        });
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries[0].kind, models::HistoryEntry::Kind::Move);
        QCOMPARE(entries[0].netuid, 1);
        QCOMPARE(*entries[0].destNetuid, 3);
        QCOMPARE(entries[0].alpha, 250'000'000'000u);
        QCOMPARE(entries[0].fee, 830'000'000u);
        QVERIFY(entries[0].feeInAlpha);
        QCOMPARE(entries[1].kind, models::HistoryEntry::Kind::Stake);
        QCOMPARE(entries[2].kind, models::HistoryEntry::Kind::Faucet);
        QCOMPARE(entries[2].timeMs, 1'700'000'000'000 + 5 * 12'000);

        QCOMPARE(
            models::historyCsv(entries),
            QStringLiteral(
                "time_utc,block,type,netuid,dest_netuid,hotkey,tao,alpha,price_tao_per_alpha,fee,fee_unit,"
                "direction,counterparty,dest_hotkey\r\n"
                "2023-11-14T22:21:20Z,40,move,1,3,%1,4.900000000,250.000000000,0.050000000,0.830000000,"
                "Alpha,,,\r\n"
                "2023-11-14T22:15:20Z,10,stake,1,,%1,10.000000000,490.000000000,0.020200000,0.003000000,"
                "TAO,,,\r\n"
                "2023-11-14T22:14:20Z,5,faucet,,,,100.000000000,,,,,in,,\r\n")
                .arg(kHot));
    }

    void moveToAnotherHotkeyOnTheSameSubnetIsOneRow() {
        // No trade reports such a move (nothing is swapped); before the store recorded it,
        // History had no row for it at all.
        using chainclient::TransferRecord;
        const QString me = QStringLiteral("5MeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        const QString other = QStringLiteral("5HotBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB");
        TransferRecord t;
        t.block = 50, t.kind = TransferRecord::Kind::Move, t.from = me, t.to = me, t.tao = 1'000'000'000;
        t.alpha = 20'000'000'000, t.netuid = 4, t.destNetuid = 4, t.hotkey = kHot, t.destHotkey = other;
        const auto entries = models::HistoryModel::build({}, {t}, me, {}, {});
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].kind, models::HistoryEntry::Kind::Move);
        QCOMPARE(entries[0].netuid, 4);
        QVERIFY(!entries[0].destNetuid);
        QCOMPARE(entries[0].hotkey, kHot);
        QCOMPARE(entries[0].destHotkey, other);
        QCOMPARE(entries[0].alpha, 20'000'000'000u);
        QVERIFY(models::historyCsv(entries).endsWith(QStringLiteral(",%1\r\n").arg(other)));
        models::HistoryModel model;
        model.setEntries(entries);
        QVERIFY(model.data(model.index(0, models::HistoryModel::Hotkey)).toString().contains(QStringLiteral(" → ")));
    }

    void historyTakesTransfersFromTheStore() {
        using chainclient::TransferRecord;
        const QString me = QStringLiteral("5MeAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        const QString bob = QStringLiteral("5BobAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        const auto record = [](quint64 block, TransferRecord::Kind kind, QString from, QString to, quint64 tao,
                               quint64 alpha = 0, quint16 netuid = 0, quint16 dest = 0, QString hotkey = {}) {
            TransferRecord t;
            t.block = block, t.kind = kind, t.from = std::move(from), t.to = std::move(to), t.tao = tao;
            t.alpha = alpha, t.netuid = netuid, t.destNetuid = dest, t.hotkey = std::move(hotkey);
            return t;
        };
        const QVector<TransferRecord> transfers{
            record(5, TransferRecord::Kind::Faucet, {}, me, 100'000'000'000),
            record(20, TransferRecord::Kind::Tao, me, bob, 3'000'000'000),
            record(25, TransferRecord::Kind::Tao, bob, me, 1'000'000'000),
            // Across subnets to Bob: the chain also reports my sale on subnet 1 as a trade.
            record(30, TransferRecord::Kind::Stake, me, bob, 2'000'000'000, 100'000'000'000, 1, 3, kHot),
            // Someone else's transfer is not mine.
            record(31, TransferRecord::Kind::Tao, bob, QStringLiteral("5Other"), 7),
        };
        const QVector<TradeRow> trades{
            {30, 1, TradeSide::Unstake, kHot, 1'990'000'000, 100'000'000'000, 50'000'000, 0.0199},
            {10, 1, TradeSide::Stake, kHot, 10'000'000'000, 490'000'000'000, 3'000'000, 0.0202},
        };
        // The journal's copy of the stored faucet credit is dropped; a newer one (not synced yet) stays.
        const QVector<models::ActivityEntry> journal{{QStringLiteral("faucet"), 5, 0, 100'000'000'000, {}},
                                                     {QStringLiteral("faucet"), 40, 0, 100'000'000'000, {}}};
        const auto entries = models::HistoryModel::build(trades, transfers, me, journal, {});
        QCOMPARE(entries.size(), 6);
        using K = models::HistoryEntry::Kind;
        QCOMPARE(entries[0].kind, K::Faucet);
        QCOMPARE(entries[0].block, 40u);
        QCOMPARE(entries[1].kind, K::StakeTransfer);
        QVERIFY(entries[1].outgoing);
        QCOMPARE(entries[1].counterparty, bob);
        QCOMPARE(entries[1].alpha, 100'000'000'000u);
        QCOMPARE(*entries[1].destNetuid, 3);
        QCOMPARE(entries[1].fee, 50'000'000u); // the sale's fee, in Alpha
        QVERIFY(entries[1].feeInAlpha);
        QCOMPARE(entries[2].kind, K::Transfer);
        QVERIFY(!entries[2].outgoing);
        QCOMPARE(entries[2].counterparty, bob);
        QCOMPARE(entries[3].kind, K::Transfer);
        QVERIFY(entries[3].outgoing);
        QCOMPARE(entries[3].tao, 3'000'000'000u);
        QCOMPARE(entries[4].kind, K::Stake);
        QCOMPARE(entries[5].kind, K::Faucet);
        QCOMPARE(entries[5].block, 5u);

        models::HistoryModel model;
        model.setEntries(entries);
        QCOMPARE(model.index(3, models::HistoryModel::Tao).data().toString(), QStringLiteral("−3.0000 TAO"));
        QVERIFY(model.index(3, models::HistoryModel::Hotkey).data().toString().startsWith(QStringLiteral("→ ")));
        QVERIFY(model.index(2, models::HistoryModel::Hotkey).data().toString().startsWith(QStringLiteral("← ")));
        QCOMPARE(model.index(1, models::HistoryModel::Kind).data().toString(), QStringLiteral("Stake sent"));

        const QStringList csv = models::historyCsv(entries).split(QStringLiteral("\r\n"));
        QCOMPARE(csv[2], QStringLiteral(",30,transfer_stake,1,3,%1,2.000000000,100.000000000,0.020000000,"
                                        "0.050000000,Alpha,out,%2,")
                             .arg(kHot, bob));
        QCOMPARE(csv[3], QStringLiteral(",25,transfer,,,,1.000000000,,,,,in,%1,").arg(bob));
        QCOMPARE(csv[4], QStringLiteral(",20,transfer,,,,3.000000000,,,,,out,%1,").arg(bob));
    }

    void threeWordCheck() {
        const QStringList words = chainclient::crypto::Mnemonic::generate(12).words();
        const QVector<int> idx = models::WalletManager::challenge(words.size());
        QCOMPARE(idx.size(), 3);
        QVERIFY(idx[0] < idx[1] && idx[1] < idx[2] && idx[2] < 12);
        QStringList answers{words[idx[0]], QStringLiteral(" ") + words[idx[1]].toUpper(), words[idx[2]]};
        QVERIFY(models::WalletManager::checkChallenge(words, idx, answers));
        answers[2] =
            words[(idx[2] + 1) % 12] == words[idx[2]] ? QStringLiteral("zzz") : words[(idx[2] + 1) % 12];
        QVERIFY(!models::WalletManager::checkChallenge(words, idx, answers));
        QVERIFY(!models::WalletManager::checkChallenge(words, idx, {}));
    }

    void unlockExpiresAndLockWipes() {
        QTemporaryDir dir;
        models::WalletManager m(dir.path(), nullptr);
        QVERIFY(m.current().isEmpty());
        const QString phrase = chainclient::crypto::Mnemonic::generate(12).phrase();
        QVERIFY(!m.saveNew(QStringLiteral("alice"), phrase, QString()).ok()); // a password is required
        QVERIFY(
            !m.saveNew(QStringLiteral("alice"), QStringLiteral("not a phrase"), QStringLiteral("pw")).ok());
        QVERIFY(m.walletNames().isEmpty()); // nothing written on a mistake
        auto saved = m.saveNew(QStringLiteral("alice"), phrase, QStringLiteral("pw"));
        QVERIFY(saved.ok());
        QCOMPARE(m.current(), QStringLiteral("alice"));
        QVERIFY(!m.unlock(QStringLiteral("wrong")).ok());
        QVERIFY(!m.isUnlocked());
        QSignalSpy lockSpy(&m, &models::WalletManager::lockChanged);
        QVERIFY(m.unlock(QStringLiteral("pw"), 1).ok());
        QVERIFY(m.isUnlocked());
        QCOMPARE(m.unlockedKey()->publicKey(), saved->coldkeyPublic);
        QTRY_VERIFY_WITH_TIMEOUT(!m.isUnlocked(), 3000); // the time limit locks it again
        QCOMPARE(lockSpy.size(), 2);
        QVERIFY(m.unlock(QStringLiteral("pw")).ok());
        m.lock();
        QVERIFY(!m.isUnlocked());
        QVERIFY(m.addHotkey(QStringLiteral("hk1"), QStringLiteral("pw")).ok());
        QCOMPARE(m.currentInfo()->hotkeys.size(), 1u);
        QVERIFY(!m.faucetAvailable());

        QVERIFY(models::WalletManager::appendActivity(
            dir.path(), QStringLiteral("alice"),
            {QStringLiteral("faucet"), 7, 123, 18'446'744'073'709'551'615u, {}}));
        const auto act = models::WalletManager::activity(dir.path(), QStringLiteral("alice"));
        QCOMPARE(act.size(), 1);
        QCOMPARE(act[0].tao, 18'446'744'073'709'551'615u); // no double rounding
        QCOMPARE(act[0].block, 7u);
    }
};

QTEST_GUILESS_MAIN(TestPortfolio)
#include "tst_portfolio.moc"
