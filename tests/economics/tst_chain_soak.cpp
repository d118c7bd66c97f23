// Soak: 10^6 random calls under the same checks as the property test (label "soak",
// excluded from ./dev test; run it with `ctest -L soak`). Twenty seeds of 50 000 calls;
// QtTest's watchdog counts all rows of a function together, so tests/CMakeLists.txt sets it to
// the ctest timeout.

// QtTest first: moc 6.4 cannot parse <compare>/<concepts> when it meets them before Qt's headers.
#include <QtTest>

#include "economics/ChainFuzzer.h"

class TestChainSoak : public QObject {
    Q_OBJECT
private slots:
    void millionRandomCallsKeepInvariants_data() {
        QTest::addColumn<quint64>("seed");
        for (quint64 seed = 100; seed < 120; ++seed) QTest::addRow("seed %llu", static_cast<unsigned long long>(seed)) << seed;
    }

    void millionRandomCallsKeepInvariants() {
        QFETCH(quint64, seed);
        fuzz::ChainFuzzer f(seed);
        const fuzz::Report r = f.run(50'000);
        QVERIFY2(!r.problem, r.problem ? r.problem->c_str() : "");
        QVERIFY(r.ok > 0);
    }
};

QTEST_GUILESS_MAIN(TestChainSoak)
#include "tst_chain_soak.moc"
