// TransactionPaymentApi_query_info against the real finney spec-343 metadata: the method exists
// with the inputs the request is built for, its output is RuntimeDispatchInfo, and a value
// hand-encoded in the documented layout (Compact weights, class u8, partial_fee u64) decodes by
// name to the fee it carries.

#include "FixtureSupport.h"

#include "chainclient/subtensor/FeeQuery.h"
#include "chainclient/subtensor/ScaleWriter.h"

#include <QTest>

using namespace chainclient::subtensor;

class TestFeeQuery : public QObject {
    Q_OBJECT
  private:
    const Metadata* md_ = nullptr;

  private slots:
    void initTestCase() {
        if (fixtures::chainFixturesDir().isEmpty())
            QSKIP("chain fixtures not found (set SUBNETSCOPE_SHARED_DIR)");
        QString err;
        md_ = fixtures::metadata("metadata/finney-spec343-metadata-v15.json", &err);
        QVERIFY2(md_, qPrintable(err));
    }

    void methodAndOutputType() {
        const auto* m = md_->runtimeApiMethod(FeeQuery::kApi, FeeQuery::kMethod);
        QVERIFY(m);
        QCOMPARE(m->inputs.size(), std::size_t{2});
        QCOMPARE(m->inputs[0].name, std::string("uxt"));
        QCOMPARE(m->inputs[1].name, std::string("len"));
        const auto* out = md_->types().type(m->output);
        QVERIFY(out);
        QVERIFY(!out->path.empty());
        QCOMPARE(out->path.back(), std::string("RuntimeDispatchInfo"));
    }

    void decodesPartialFee() {
        ScaleWriter w;
        w.writeCompact(123'456'789); // weight.ref_time
        w.writeCompact(6'789);       // weight.proof_size
        w.writeU8(0);                // class: Normal
        w.writeU64(2'741'940);       // partial_fee, rao
        auto info = FeeQuery::decode(*md_, w.bytes());
        QVERIFY2(info.ok(), qPrintable(fixtures::errorText(info)));
        QCOMPARE(info->partialFee, std::uint64_t{2'741'940});
        QCOMPARE(info->weight.refTime, std::uint64_t{123'456'789});
        QCOMPARE(info->weight.proofSize, std::uint64_t{6'789});
    }

    void refusesTruncatedAnswer() {
        ScaleWriter w;
        w.writeCompact(1).writeCompact(2).writeU8(0).writeU32(7); // partial_fee cut short
        QVERIFY(!FeeQuery::decode(*md_, w.bytes()).ok());
    }

    void requestData() {
        const std::vector<std::uint8_t> xt{0x08, 0xaa, 0xbb};
        const auto args = FeeQuery::queryInfoArgs(xt);
        QCOMPARE(args, (std::vector<std::uint8_t>{0x08, 0xaa, 0xbb, 3, 0, 0, 0}));
    }
};

QTEST_GUILESS_MAIN(TestFeeQuery)
#include "tst_fee_query.moc"
