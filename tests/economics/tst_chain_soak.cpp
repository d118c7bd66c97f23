// Soak: 10^6 random calls under the same checks as the property test (label "soak",
// excluded from ./dev test).

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "economics/ChainFuzzer.h"

class TestChainSoak : public QObject {
    Q_OBJECT
private slots:
    void millionRandomCallsKeepInvariants() {
        for (std::uint64_t seed = 100; seed < 110; ++seed) {
            fuzz::ChainFuzzer f(seed);
            const fuzz::Report r = f.run(100'000);
            QVERIFY2(!r.problem, r.problem ? r.problem->c_str() : "");
            QVERIFY(r.ok > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestChainSoak)
#include "tst_chain_soak.moc"
