// LocalNodeExtrinsics: the embedded chain accepts the exact v4 bytes a subtensor node takes and
// rejects tampered, replayed, foreign-key, wrong-chain and expired ones without changing state.

#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/crypto/SecretBuffer.h"
#include "chainclient/crypto/Ss58.h"
#include "chainclient/economics/Simulation.h"
#include "chainclient/local/AccountText.h"
#include "chainclient/local/LocalNodeExtrinsics.h"
#include "chainclient/subtensor/Extrinsic.h"

#include <QtTest>

using namespace chainclient;
using namespace chainclient::subtensor;
using chainclient::crypto::Ed25519Key;

namespace {

Ed25519Key keyOf(char fill) {
    auto k = Ed25519Key::fromSeed(crypto::SecretBuffer::fromByteArray(QByteArray(32, fill)));
    if (!k)
        qFatal("key");
    return std::move(k).value();
}

} // namespace

class TestLocalExtrinsics : public QObject {
    Q_OBJECT

    std::optional<economics::Simulation> sim_;
    quint64 seed_ = 0;
    quint16 netuid_ = 0;
    QByteArray hotkey_;
    Ed25519Key alice_ = keyOf('\x11');
    Ed25519Key mallory_ = keyOf('\x22');

    economics::Chain& chain() { return sim_->chain(); }
    economics::AccountId aliceId() const { return *accountFromBytes(alice_.publicKey()); }

    SigningContext contextAt(quint64 nonce, std::optional<quint64> period = 64) {
        SigningContext ctx;
        ctx.specVersion = LocalNodeExtrinsics::kSpecVersion;
        ctx.transactionVersion = LocalNodeExtrinsics::kTransactionVersion;
        ctx.genesisHash = LocalNodeExtrinsics::genesisHash(seed_);
        const quint64 head = chain().blockNumber();
        ctx.era = period ? Era::mortal(*period, head) : Era::immortal();
        ctx.birthHash = LocalNodeExtrinsics::blockHash(seed_, head);
        ctx.nonce = nonce;
        return ctx;
    }
    QByteArray signedAddStake(quint64 nonce, quint64 rao, const Ed25519Key& key) {
        return Extrinsic::signEd25519(Call::addStake(hotkey_, netuid_, rao).encode(), contextAt(nonce), key);
    }

  private slots:
    void init() {
        auto cfg = economics::ScenarioConfig::defaults();
        seed_ = cfg.seed;
        sim_.emplace(cfg);
        for (int i = 0; i < 20; ++i)
            sim_->advance();
        for (const auto& [id, s] : chain().subnets())
            if (id != 0 && s.started() && !s.neurons.empty()) {
                netuid_ = id;
                hotkey_ = accountBytes(s.neurons.front().hotkey);
                break;
            }
        QVERIFY2(netuid_ != 0, "the default scenario has a started subnet with a neuron");
        chain().mint(aliceId(), economics::Rao::fromRao(100'000'000'000));
    }

    void acceptsAStakeAndConsumesTheNonce() {
        const auto before = chain().freeBalance(aliceId()).rao();
        const SubmitResult r =
            LocalNodeExtrinsics::apply(chain(), seed_, signedAddStake(0, 1'000'000'000, alice_));
        QVERIFY2(r.ok, qPrintable(r.errorCode + ": " + r.message));
        QCOMPARE(r.block, chain().blockNumber() + 1);
        QCOMPARE(r.tao, 1'000'000'000u);
        QVERIFY(r.alpha > 0);
        QCOMPARE(chain().freeBalance(aliceId()).rao(), before - 1'000'000'000);
        QCOMPARE(chain().stakeOf(economics::NetUid{netuid_}, *accountFromBytes(hotkey_), aliceId()).rao(),
                 r.alpha);
        QCOMPARE(chain().accountNonce(aliceId()), 1u);
        const AccountState s =
            LocalNodeExtrinsics::accountState(chain(), seed_, crypto::Ss58::encode(alice_.publicKey()));
        QVERIFY(s.ok);
        QCOMPARE(s.nonce, 1u);
        QCOMPARE(s.positions.size(), 1);
        QCOMPARE(s.positions.front().alpha, r.alpha);
        // The nonce survives save/load.
        auto reloaded = economics::Chain::load(chain().save());
        QVERIFY(reloaded.ok());
        QCOMPARE(reloaded->accountNonce(aliceId()), 1u);
    }

    void rejectsReplayAndFutureNonces() {
        const QByteArray xt = signedAddStake(0, 1'000'000'000, alice_);
        QVERIFY(LocalNodeExtrinsics::apply(chain(), seed_, xt).ok);
        const auto balance = chain().freeBalance(aliceId());
        const auto hash = chain().stateHash();
        const SubmitResult replay = LocalNodeExtrinsics::apply(chain(), seed_, xt);
        QVERIFY(!replay.ok);
        QCOMPARE(replay.errorCode, QStringLiteral("BadNonce"));
        const SubmitResult future =
            LocalNodeExtrinsics::apply(chain(), seed_, signedAddStake(5, 1'000'000'000, alice_));
        QCOMPARE(future.errorCode, QStringLiteral("BadNonce"));
        QCOMPARE(chain().freeBalance(aliceId()), balance);
        QCOMPARE(chain().stateHash(), hash);
    }

    void rejectsForeignKeysTamperingAndOtherChains() {
        const auto hash = chain().stateHash();
        // Mallory signs, then claims to be Alice: swap the signer bytes.
        QByteArray forged = signedAddStake(0, 1'000'000'000, mallory_);
        forged.replace(forged.indexOf(mallory_.publicKey()), 32, alice_.publicKey());
        QCOMPARE(LocalNodeExtrinsics::apply(chain(), seed_, forged).errorCode,
                 QStringLiteral("BadSignature"));
        // Tampered amount.
        QByteArray tampered = signedAddStake(0, 1'000'000'000, alice_);
        tampered[tampered.size() - 5] = static_cast<char>(tampered[tampered.size() - 5] ^ 0x40);
        QCOMPARE(LocalNodeExtrinsics::apply(chain(), seed_, tampered).errorCode,
                 QStringLiteral("BadSignature"));
        // Signed for another network (different genesis).
        SigningContext other = contextAt(0);
        other.genesisHash = LocalNodeExtrinsics::genesisHash(seed_ + 1);
        const QByteArray wrongChain =
            Extrinsic::signEd25519(Call::addStake(hotkey_, netuid_, 1'000'000'000).encode(), other, alice_);
        QCOMPARE(LocalNodeExtrinsics::apply(chain(), seed_, wrongChain).errorCode,
                 QStringLiteral("BadSignature"));
        // Garbage.
        QVERIFY(!LocalNodeExtrinsics::apply(chain(), seed_, QByteArray::fromHex("deadbeef")).ok);
        QCOMPARE(chain().stateHash(), hash);
        QCOMPARE(chain().accountNonce(aliceId()), 0u);
    }

    void rejectsAnExpiredEra() {
        const QByteArray xt = Extrinsic::signEd25519(Call::addStake(hotkey_, netuid_, 1'000'000'000).encode(),
                                                     contextAt(0, 4), alice_);
        for (int i = 0; i < 5; ++i)
            sim_->advance();
        const SubmitResult r = LocalNodeExtrinsics::apply(chain(), seed_, xt);
        QCOMPARE(r.errorCode, QStringLiteral("BadEra"));
        QCOMPARE(chain().accountNonce(aliceId()), 0u);
    }

    void immortalEraSignsOverGenesis() {
        const QByteArray xt = Extrinsic::signEd25519(Call::addStake(hotkey_, netuid_, 1'000'000'000).encode(),
                                                     contextAt(0, std::nullopt), alice_);
        for (int i = 0; i < 5; ++i)
            sim_->advance();
        QVERIFY(LocalNodeExtrinsics::apply(chain(), seed_, xt).ok);
    }

    void failedCallStillConsumesNonceButChangesNoBalance() {
        const auto balance = chain().freeBalance(aliceId());
        const SubmitResult r =
            LocalNodeExtrinsics::apply(chain(), seed_, signedAddStake(0, 1'000'000'000'000'000, alice_));
        QCOMPARE(r.errorCode, QStringLiteral("InsufficientBalance"));
        QCOMPARE(chain().freeBalance(aliceId()), balance);
        QCOMPARE(chain().accountNonce(aliceId()), 1u);
    }

    void batchAllIsAtomic() {
        const auto balance = chain().freeBalance(aliceId());
        const Call batch = Call::batchAll({Call::addStake(hotkey_, netuid_, 1'000'000'000),
                                           Call::addStake(hotkey_, netuid_, 1'000'000'000'000'000)});
        const SubmitResult r = LocalNodeExtrinsics::apply(
            chain(), seed_, Extrinsic::signEd25519(batch.encode(), contextAt(0), alice_));
        QVERIFY(!r.ok);
        QCOMPARE(chain().freeBalance(aliceId()), balance);
        QCOMPARE(chain().stakeOf(economics::NetUid{netuid_}, *accountFromBytes(hotkey_), aliceId()).rao(),
                 0u);
    }

    void moveAndUnstake() {
        QVERIFY(LocalNodeExtrinsics::apply(chain(), seed_, signedAddStake(0, 5'000'000'000, alice_)).ok);
        const auto hk = *accountFromBytes(hotkey_);
        const quint64 held = chain().stakeOf(economics::NetUid{netuid_}, hk, aliceId()).rao();
        // Unstake a third with a limit 10 % under the price, allowing partial fills.
        const double price = chain().subnet(economics::NetUid{netuid_})->pool.price();
        const Call remove =
            Call::removeStakeLimit(hotkey_, netuid_, held / 3, limitPriceToRao(price * 0.9), true);
        const SubmitResult un = LocalNodeExtrinsics::apply(
            chain(), seed_, Extrinsic::signEd25519(remove.encode(), contextAt(1), alice_));
        QVERIFY2(un.ok, qPrintable(un.message));
        QCOMPARE(un.alpha, held / 3);
        QCOMPARE(chain().stakeOf(economics::NetUid{netuid_}, hk, aliceId()).rao(), held - held / 3);
        // Move the rest to another started subnet with a registered hotkey.
        quint16 dest = 0;
        QByteArray destHotkey;
        for (const auto& [id, s] : chain().subnets())
            if (id != 0 && id != netuid_ && s.started() && !s.neurons.empty()) {
                dest = id;
                destHotkey = accountBytes(s.neurons.front().hotkey);
                break;
            }
        if (dest == 0)
            QSKIP("the scenario has only one started subnet");
        const quint64 rest = held - held / 3;
        const Call move = Call::moveStake(hotkey_, destHotkey, netuid_, dest, rest);
        const SubmitResult mv = LocalNodeExtrinsics::apply(
            chain(), seed_, Extrinsic::signEd25519(move.encode(), contextAt(2), alice_));
        QVERIFY2(mv.ok, qPrintable(mv.errorCode + ": " + mv.message));
        QCOMPARE(chain().stakeOf(economics::NetUid{netuid_}, hk, aliceId()).rao(), 0u);
        QCOMPARE(chain().stakeOf(economics::NetUid{dest}, *accountFromBytes(destHotkey), aliceId()).rao(),
                 mv.alpha);
        QVERIFY(mv.alpha > 0);
    }

    void transfersAreReportedForTheBlockThatSealsThem() {
        const auto malloryId = *accountFromBytes(mallory_.publicKey());
        const QString alice = accountToText(aliceId()), mallory = accountToText(malloryId);
        QVector<TransferRecord> pending;
        // A keep-alive and an allow-death transfer move the TAO and are recorded as sent.
        const SubmitResult a = LocalNodeExtrinsics::apply(
            chain(), seed_,
            Extrinsic::signEd25519(Call::transferKeepAlive(mallory_.publicKey(), 3'000'000'000).encode(),
                                   contextAt(0), alice_),
            &pending);
        QVERIFY2(a.ok, qPrintable(a.errorCode + ": " + a.message));
        Call allowDeath;
        allowDeath.kind = CallKind::TransferAllowDeath;
        allowDeath.destination = mallory_.publicKey();
        allowDeath.amount = 1'000'000'000;
        QVERIFY(LocalNodeExtrinsics::apply(chain(), seed_,
                                           Extrinsic::signEd25519(allowDeath.encode(), contextAt(1), alice_),
                                           &pending)
                    .ok);
        QCOMPARE(chain().freeBalance(malloryId).rao(), 4'000'000'000u);
        QCOMPARE(chain().freeBalance(aliceId()).rao(), 96'000'000'000u);
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].kind, TransferRecord::Kind::Tao);
        QCOMPARE(pending[0].from, alice);
        QCOMPARE(pending[0].to, mallory);
        QCOMPARE(pending[0].tao, 3'000'000'000u);
        QCOMPARE(pending[0].block, chain().blockNumber() + 1);

        // Refused transfers (more than the balance, a replayed nonce, a tampered byte) record nothing.
        const QByteArray tooMuch = Extrinsic::signEd25519(
            Call::transferKeepAlive(mallory_.publicKey(), 500'000'000'000).encode(), contextAt(2), alice_);
        QCOMPARE(LocalNodeExtrinsics::apply(chain(), seed_, tooMuch, &pending).errorCode,
                 QStringLiteral("InsufficientBalance"));
        QByteArray tampered = Extrinsic::signEd25519(
            Call::transferKeepAlive(mallory_.publicKey(), 1'000'000'000).encode(), contextAt(3), alice_);
        tampered[tampered.size() - 2] = static_cast<char>(tampered[tampered.size() - 2] ^ 0x01);
        QCOMPARE(LocalNodeExtrinsics::apply(chain(), seed_, tampered, &pending).errorCode,
                 QStringLiteral("BadSignature"));
        QCOMPARE(pending.size(), 2);
        QCOMPARE(chain().freeBalance(malloryId).rao(), 4'000'000'000u);

        // A stake transfer within the subnet swaps nothing: the record carries the positions.
        QVERIFY(LocalNodeExtrinsics::apply(chain(), seed_, signedAddStake(3, 5'000'000'000, alice_)).ok);
        const auto hk = *accountFromBytes(hotkey_);
        const quint64 held = chain().stakeOf(economics::NetUid{netuid_}, hk, aliceId()).rao();
        const Call give = Call::transferStake(mallory_.publicKey(), hotkey_, netuid_, netuid_, held / 2);
        const SubmitResult g = LocalNodeExtrinsics::apply(
            chain(), seed_, Extrinsic::signEd25519(give.encode(), contextAt(4), alice_), &pending);
        QVERIFY2(g.ok, qPrintable(g.errorCode + ": " + g.message));
        QCOMPARE(pending.size(), 3);
        QCOMPARE(pending[2].kind, TransferRecord::Kind::Stake);
        QCOMPARE(pending[2].alpha, held / 2);
        QCOMPARE(pending[2].netuid, netuid_);
        QCOMPARE(pending[2].hotkey, accountToText(hk));

        // Sealed into the next block: the snapshot takes the records and the changed positions.
        sim_->advance();
        BlockSnapshot snap;
        snap.number = chain().blockNumber();
        SubnetSnapshot sub;
        sub.netuid = netuid_;
        snap.subnets.push_back(sub);
        LocalNodeExtrinsics::attachTransfers(snap, chain(), pending);
        QVERIFY(pending.isEmpty());
        QCOMPARE(snap.transfers.size(), 3);
        QCOMPARE(snap.subnets[0].positions.size(), 2);
        QCOMPARE(snap.subnets[0].positions[1].coldkey, mallory);
        QCOMPARE(snap.subnets[0].positions[1].alpha,
                 chain().stakeOf(economics::NetUid{netuid_}, hk, malloryId).rao());
        QVERIFY(snap.subnets[0].positions[1].alpha >= held / 2);
    }
};

QTEST_GUILESS_MAIN(TestLocalExtrinsics)
#include "tst_local_extrinsics.moc"
