// SwapRuntimeApi sim_swap_* against the real finney spec-343 metadata: both methods exist with
// the inputs the request is built for (netuid, then the amount), their output is SimSwapResult,
// and a value hand-encoded in that layout (four u64 newtypes) decodes by name; the loopback's own
// metadata declares the same layout so a client decodes both with one code path.

#include "FixtureSupport.h"

#include "chainclient/local/RpcServerMetadata.h"
#include "chainclient/subtensor/ScaleWriter.h"
#include "chainclient/subtensor/SwapQuery.h"

#include <QTest>

using namespace chainclient::subtensor;
using economics::SwapSide;

class TestSwapQuery : public QObject {
    Q_OBJECT
  private:
    const Metadata* md_ = nullptr;

    static void checkMethod(const Metadata& md, SwapSide side, const char* amountName) {
        const auto* m = md.runtimeApiMethod(SwapQuery::kApi, SwapQuery::method(side));
        QVERIFY2(m, SwapQuery::method(side));
        QCOMPARE(m->inputs.size(), std::size_t{2});
        QCOMPARE(m->inputs[0].name, std::string("netuid"));
        QCOMPARE(m->inputs[1].name, std::string(amountName));
        const auto* out = md.types().type(m->output);
        QVERIFY(out);
        QVERIFY(!out->path.empty());
        QCOMPARE(out->path.back(), std::string("SimSwapResult"));
        QCOMPARE(out->fields.size(), std::size_t{4});
    }

    static std::vector<std::uint8_t> encoded(std::uint64_t tao, std::uint64_t alpha, std::uint64_t taoFee,
                                             std::uint64_t alphaFee) {
        ScaleWriter w;
        w.writeU64(tao).writeU64(alpha).writeU64(taoFee).writeU64(alphaFee);
        return w.take();
    }

  private slots:
    void initTestCase() {
        if (fixtures::chainFixturesDir().isEmpty())
            QSKIP("chain fixtures not found (set SUBNETSCOPE_SHARED_DIR)");
        QString err;
        md_ = fixtures::metadata("metadata/finney-spec343-metadata-v15.json", &err);
        QVERIFY2(md_, qPrintable(err));
    }

    void methodsAndOutputType() {
        checkMethod(*md_, SwapSide::Buy, "tao");
        checkMethod(*md_, SwapSide::Sell, "alpha");
    }

    void loopbackDeclaresTheSameLayout() {
        checkMethod(chainclient::RpcServerMetadata::metadata(), SwapSide::Buy, "tao");
        checkMethod(chainclient::RpcServerMetadata::metadata(), SwapSide::Sell, "alpha");
        const auto bytes = encoded(1'000'000'000, 123'456'789, 503'502, 0);
        auto finney = SwapQuery::decode(*md_, SwapSide::Buy, bytes);
        auto loopback = SwapQuery::decode(chainclient::RpcServerMetadata::metadata(), SwapSide::Buy, bytes);
        QVERIFY2(finney.ok() && loopback.ok(), qPrintable(fixtures::errorText(finney) + fixtures::errorText(loopback)));
        QCOMPARE(loopback->alphaAmount, finney->alphaAmount);
        QCOMPARE(loopback->taoFee, finney->taoFee);
    }

    void decodesByName() {
        auto buy = SwapQuery::decode(*md_, SwapSide::Buy, encoded(1'000'000'000, 123'456'789, 503'502, 0));
        QVERIFY2(buy.ok(), qPrintable(fixtures::errorText(buy)));
        QCOMPARE(buy->taoAmount, std::uint64_t{1'000'000'000});
        QCOMPARE(buy->alphaAmount, std::uint64_t{123'456'789});
        QCOMPARE(buy->taoFee, std::uint64_t{503'502});
        QCOMPARE(buy->alphaFee, std::uint64_t{0});
        QVERIFY(!buy->isEmpty());
        auto sell = SwapQuery::decode(*md_, SwapSide::Sell, encoded(7'000, 9'000, 0, 4));
        QVERIFY2(sell.ok(), qPrintable(fixtures::errorText(sell)));
        QCOMPARE(sell->taoAmount, std::uint64_t{7'000});
        QCOMPARE(sell->alphaFee, std::uint64_t{4});
        // A swap the runtime cannot make comes back as zeros, not as an error.
        auto refused = SwapQuery::decode(*md_, SwapSide::Sell, encoded(0, 0, 0, 0));
        QVERIFY(refused.ok());
        QVERIFY(refused->isEmpty());
    }

    void refusesTruncatedOrLongAnswer() {
        auto bytes = encoded(1, 2, 3, 4);
        bytes.pop_back();
        QVERIFY(!SwapQuery::decode(*md_, SwapSide::Buy, bytes).ok());
        bytes = encoded(1, 2, 3, 4);
        bytes.push_back(0);
        QVERIFY(!SwapQuery::decode(*md_, SwapSide::Buy, bytes).ok());
    }

    void requestData() {
        QCOMPARE(SwapQuery::args(3, 0x0102030405060708ULL),
                 (std::vector<std::uint8_t>{3, 0, 8, 7, 6, 5, 4, 3, 2, 1}));
        QCOMPARE(std::string(SwapQuery::method(SwapSide::Buy)), std::string("sim_swap_tao_for_alpha"));
        QCOMPARE(std::string(SwapQuery::method(SwapSide::Sell)), std::string("sim_swap_alpha_for_tao"));
    }
};

QTEST_GUILESS_MAIN(TestSwapQuery)
#include "tst_swap_query.moc"
