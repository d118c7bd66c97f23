// Property test of economics.md §A.2: 10^5 random calls, valid and invalid, across
// thousands of blocks; every invariant after every call and block, and failed calls
// leave the state hash unchanged.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "economics/ChainFuzzer.h"

class TestChainProperty : public QObject {
    Q_OBJECT
private slots:
    void hundredThousandRandomCallsKeepInvariants() {
        fuzz::Report total;
        for (std::uint64_t seed = 1; seed <= 4; ++seed) {
            fuzz::ChainFuzzer f(seed);
            const fuzz::Report r = f.run(25'000);
            QVERIFY2(!r.problem, r.problem ? r.problem->c_str() : "");
            total.calls += r.calls;
            total.ok += r.ok;
            total.failed += r.failed;
            total.blocks += r.blocks;
            total.registrations += r.registrations;
            total.dissolutions += r.dissolutions;
        }
        qInfo("calls %llu (ok %llu, failed %llu), blocks %llu, subnet registrations %llu, dissolutions %llu",
              static_cast<unsigned long long>(total.calls), static_cast<unsigned long long>(total.ok),
              static_cast<unsigned long long>(total.failed), static_cast<unsigned long long>(total.blocks),
              static_cast<unsigned long long>(total.registrations), static_cast<unsigned long long>(total.dissolutions));
        QVERIFY(total.calls + total.blocks >= 100'000);
        // The mix must exercise both outcomes and the lifecycle, or the test proves little.
        QVERIFY(total.ok > total.calls / 20);
        QVERIFY(total.failed > total.calls / 5);
        QVERIFY(total.registrations > 0);
        QVERIFY(total.dissolutions > 0);
    }
};

QTEST_GUILESS_MAIN(TestChainProperty)
#include "tst_chain_property.moc"
