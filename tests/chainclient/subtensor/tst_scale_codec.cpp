// SCALE primitives against the encodings recorded in chain-protocol.md §2 and round trips.
#include "chainclient/subtensor/Hex.h"
#include "chainclient/subtensor/ScaleReader.h"
#include "chainclient/subtensor/ScaleWriter.h"

#include <QtTest>

using namespace chainclient::subtensor;

namespace {
std::vector<std::uint8_t> hex(const char* s) {
    return Hex::decode(s).value();
}
std::string enc(const ScaleWriter& w) {
    return Hex::encode(w.bytes(), false);
}
} // namespace

class TstScaleCodec : public QObject {
    Q_OBJECT
  private slots:
    void compactRecordedExamples() {
        const std::pair<const char*, std::uint64_t> cases[] = {{"04", 1},
                                                               {"0110", 1024},
                                                               {"8501", 97},
                                                               {"025a6202", 10'000'000},
                                                               {"0700e40b5402", 10'000'000'000ULL}};
        for (const auto& [h, v] : cases) {
            auto bytes = hex(h);
            ScaleReader r(bytes);
            auto got = r.readCompactU64();
            QVERIFY2(got.ok(), h);
            QCOMPARE(*got, v);
            QVERIFY(r.atEnd());
            ScaleWriter w;
            w.writeCompact(v);
            QCOMPARE(enc(w), std::string(h));
        }
    }

    void compactModeBoundaries() {
        const U128 values[] = {0,
                               63,
                               64,
                               16383,
                               16384,
                               (1u << 30) - 1,
                               1u << 30,
                               0xFFFFFFFFull,
                               1ull << 32,
                               ~0ull,
                               static_cast<U128>(~0ull) + 1,
                               ~static_cast<U128>(0)};
        for (U128 v : values) {
            ScaleWriter w;
            w.writeCompact(v);
            ScaleReader r(w.bytes());
            auto got = r.readCompact();
            QVERIFY(got.ok());
            QVERIFY(*got == v);
            QVERIFY(r.atEnd());
        }
        ScaleWriter w;
        w.writeCompact(~static_cast<U128>(0));
        QCOMPARE(enc(w), std::string("33ffffffffffffffffffffffffffffffff"));
        ScaleWriter w2;
        w2.writeCompact(1ull << 32);
        QCOMPARE(enc(w2), std::string("070000000001"));
    }

    void compactNarrowingIsChecked() {
        auto bytes = hex("025a6202"); // 10,000,000 does not fit u16
        ScaleReader r(bytes);
        auto got = r.readCompactU16();
        QVERIFY(!got.ok());
        QVERIFY(got.error().message.find("does not fit u16") != std::string::npos);
        auto wide = hex("37"
                        "0102030405060708090a0b0c0d0e0f1011"); // 17 bytes: wider than u128
        ScaleReader r2(wide);
        QVERIFY(!r2.readCompact().ok());
    }

    void truncatedInputIsAnErrorWithPosition() {
        auto bytes = hex("0100000000000000"
                         "01020304");
        ScaleReader r(bytes);
        QVERIFY(r.readU64().ok());
        auto bad = r.readU64();
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, economics::ErrorCode::MalformedData);
        QVERIFY2(bad.error().message.find("unexpected end of input at byte 8 while reading u64") !=
                     std::string::npos,
                 bad.error().message.c_str());
        QCOMPARE(r.position(), std::size_t(8));
        auto big = hex("0700e40b54"); // big-integer compact cut short
        ScaleReader r2(big);
        QVERIFY(!r2.readCompact().ok());
    }

    void hostileLengthPrefixDoesNotAllocate() {
        auto bytes = hex("fdffffff"
                         "00"); // claims ~1e9 elements with 1 byte left
        ScaleReader r(bytes);
        auto v = r.readVec([](ScaleReader& rr) { return rr.readU64(); });
        QVERIFY(!v.ok());
        QVERIFY(v.error().message.find("exceeds") != std::string::npos);
    }

    void integersRoundTripLittleEndian() {
        ScaleWriter w;
        w.writeU8(0xab).writeU16(0x1234).writeU32(0xdeadbeef).writeU64(0x0102030405060708ull);
        w.writeI8(-2).writeI16(-3).writeI32(-4).writeI64(-5);
        const U128 big = (static_cast<U128>(0x8000000000000000ull) << 64) | 7;
        w.writeU128(big).writeI128(-static_cast<I128>(9)).writeBool(true).writeBool(false);
        QCOMPARE(enc(w).substr(0, 30), std::string("ab3412efbeadde0807060504030201"));
        ScaleReader r(w.bytes());
        QCOMPARE(*r.readU8(), std::uint8_t(0xab));
        QCOMPARE(*r.readU16(), std::uint16_t(0x1234));
        QCOMPARE(*r.readU32(), 0xdeadbeefu);
        QCOMPARE(*r.readU64(), 0x0102030405060708ull);
        QCOMPARE(*r.readI8(), std::int8_t(-2));
        QCOMPARE(*r.readI16(), std::int16_t(-3));
        QCOMPARE(*r.readI32(), -4);
        QCOMPARE(*r.readI64(), std::int64_t(-5));
        QVERIFY(*r.readU128() == big);
        QVERIFY(*r.readI128() == -9);
        QCOMPARE(*r.readBool(), true);
        QCOMPARE(*r.readBool(), false);
        QVERIFY(r.atEnd());
        auto badBool = hex("02");
        ScaleReader rb(badBool);
        QVERIFY(!rb.readBool().ok());
        QCOMPARE(toDecimal(big), std::string("170141183460469231731687303715884105735"));
        QCOMPARE(toDecimal(static_cast<I128>(-12345)), std::string("-12345"));
    }

    void compactByteStrings() {
        // "apex" and "α" exactly as recorded.
        ScaleWriter w;
        w.writeCompactByteString("apex").writeCompactByteString("\xce\xb1");
        QCOMPARE(enc(w), std::string("108501c1019501e101"
                                     "083903c502"));
        ScaleReader r(w.bytes());
        QCOMPARE(*r.readCompactByteString(), std::string("apex"));
        QCOMPARE(*r.readCompactByteString(), std::string("\xce\xb1"));
        QVERIFY(r.atEnd());
        auto tooBig = hex("04"
                          "0504"); // Compact 321 cannot be a byte
        ScaleReader r2(tooBig);
        QVERIFY(!r2.readCompactByteString().ok());
    }

    void optionsVecsTuplesArrays() {
        ScaleWriter w;
        std::optional<std::uint16_t> some = 7, none;
        w.writeOption(some, [](ScaleWriter& ww, std::uint16_t v) { ww.writeU16(v); });
        w.writeOption(none, [](ScaleWriter& ww, std::uint16_t v) { ww.writeU16(v); });
        std::vector<std::uint64_t> xs{1, 2, 300};
        w.writeVec(xs, [](ScaleWriter& ww, std::uint64_t v) { ww.writeCompact(v); });
        w.writeU16(5).writeCompact(6u); // tuple (u16, Compact<u64>)
        w.writeU16(1).writeU16(2);      // [u16; 2]
        w.writeString("hi");
        QCOMPARE(enc(w), std::string("010700"
                                     "00"
                                     "0c0408b104"
                                     "0500"
                                     "18"
                                     "01000200"
                                     "086869"));
        ScaleReader r(w.bytes());
        auto o1 = r.readOption([](ScaleReader& rr) { return rr.readU16(); });
        auto o2 = r.readOption([](ScaleReader& rr) { return rr.readU16(); });
        QVERIFY(o1.ok() && o1->has_value() && **o1 == 7);
        QVERIFY(o2.ok() && !o2->has_value());
        auto v = r.readVec([](ScaleReader& rr) { return rr.readCompactU64(); });
        QVERIFY(v.ok());
        QCOMPARE(*v, xs);
        auto t = r.readTuple([](ScaleReader& rr) { return rr.readU16(); },
                             [](ScaleReader& rr) { return rr.readCompactU64(); });
        QVERIFY(t.ok());
        QCOMPARE(std::get<0>(*t), std::uint16_t(5));
        QCOMPARE(std::get<1>(*t), std::uint64_t(6));
        auto a = r.readArray<2>([](ScaleReader& rr) { return rr.readU16(); });
        QVERIFY(a.ok());
        QCOMPARE((*a)[1], std::uint16_t(2));
        QCOMPARE(*r.readString(), std::string("hi"));
        QVERIFY(r.atEnd());
        auto badOpt = hex("02");
        ScaleReader rb(badOpt);
        QVERIFY(!rb.readOption([](ScaleReader& rr) { return rr.readU8(); }).ok());
    }

    void fixedPoint() {
        ScaleWriter w;
        w.writeI96F32(I96F32{static_cast<I128>(3) << 31}); // 1.5
        w.writeI32F32(I32F32{-(std::int64_t(1) << 30)});   // -0.25
        w.writeU64F64(U64F64{static_cast<U128>(5) << 62}); // 1.25
        ScaleReader r(w.bytes());
        auto a = r.readI96F32();
        auto b = r.readI32F32();
        auto c = r.readU64F64();
        QVERIFY(a.ok() && b.ok() && c.ok());
        QCOMPARE(a->toDouble(), 1.5);
        QCOMPARE(b->toDouble(), -0.25);
        QCOMPARE(c->toDouble(), 1.25);
        QVERIFY(a->bits == (static_cast<I128>(3) << 31));
        QVERIFY(r.atEnd());
    }

    void hexErrors() {
        QVERIFY(!Hex::decode("0x123").ok());
        QVERIFY(!Hex::decode("0xzz").ok());
        QCOMPARE(Hex::decode("0xABcd")->size(), std::size_t(2));
        QCOMPARE(Hex::encode(*Hex::decode("0xABcd")), std::string("0xabcd"));
    }
};

QTEST_GUILESS_MAIN(TstScaleCodec)
#include "tst_scale_codec.moc"
