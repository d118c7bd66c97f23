// Hostile input found while fuzzing (tests/fuzz): a node controls both the metadata and the
// values, so no combination of the two may hang, wrap a length, or build a tree far larger than
// the bytes received. Each case failed (or ran away) before its fix.
#include "chainclient/subtensor/DynamicDecoder.h"
#include "chainclient/subtensor/PortableRegistry.h"
#include "chainclient/subtensor/RpcMessage.h"
#include "chainclient/subtensor/ScaleWriter.h"

#include <QtTest>

using namespace chainclient::subtensor;

namespace {

// Just enough of a scale-info registry writer for the shapes below (no paths, params or docs).
class TinyRegistry {
  public:
    std::uint32_t u8() {
        return add([](ScaleWriter& w) { w.writeU8(5).writeU8(3); });
    }
    std::uint32_t emptyStruct() {
        return add([](ScaleWriter& w) { w.writeU8(0).writeCompact(0u); });
    }
    std::uint32_t tuple(const std::vector<std::uint32_t>& items) {
        return add([&](ScaleWriter& w) {
            w.writeU8(4).writeCompact(items.size());
            for (auto t : items)
                w.writeCompact(t);
        });
    }
    std::uint32_t array(std::uint32_t len, std::uint32_t elem) {
        return add([&](ScaleWriter& w) { w.writeU8(3).writeU32(len).writeCompact(elem); });
    }
    std::uint32_t bitSequence(std::uint32_t store, std::uint32_t order) {
        return add([&](ScaleWriter& w) { w.writeU8(7).writeCompact(store).writeCompact(order); });
    }
    std::uint32_t next() const { return count_; }

    PortableRegistry read() const {
        ScaleWriter w;
        w.writeCompact(count_).writeBytes(body_.bytes());
        ScaleReader r(w.bytes());
        auto reg = PortableRegistry::read(r);
        if (!reg || !r.atEnd())
            qFatal("TinyRegistry: %s", reg ? "trailing bytes" : reg.error().message.c_str());
        return std::move(reg).value();
    }

  private:
    template <class F> std::uint32_t add(F&& def) {
        body_.writeCompact(count_).writeCompact(0u).writeCompact(0u); // id, no path, no params
        def(body_);
        body_.writeCompact(0u); // no docs
        return count_++;
    }
    ScaleWriter body_;
    std::uint32_t count_ = 0;
};

} // namespace

class TstHostileInput : public QObject {
    Q_OBJECT
  private slots:
    void bitSequenceLengthCannotWrapAround() {
        TinyRegistry b;
        const auto u8 = b.u8(), lsb0 = b.emptyStruct(), bits = b.bitSequence(u8, lsb0);
        const auto reg = b.read();
        const DynamicDecoder dec(reg);

        const std::vector<std::uint8_t> tenBits{0x28, 0xff, 0x03}; // Compact(10), two store bytes
        auto ok = dec.decodeAll(bits, tenBits);
        QVERIFY(ok.ok());
        QCOMPARE(ok->bytes.size(), std::size_t(2));

        // 2^128 - 1 bits: rounding up to whole bytes overflowed 128 bits to zero store bytes,
        // and the value decoded as a bit sequence of that length with no data at all.
        ScaleWriter w;
        w.writeCompact(~static_cast<U128>(0));
        auto wrapped = dec.decodeAll(bits, w.bytes());
        QVERIFY(!wrapped.ok());
    }

    void zeroSizedNestingCannotOutgrowTheInput() {
        TinyRegistry b;
        const auto unit = b.tuple({});
        const auto row = b.array(512, unit), table = b.array(512, row);
        const auto reg = b.read();
        const DynamicDecoder dec(reg);

        auto small = dec.decodeAll(row, {}); // 513 nodes from no bytes: a plausible shape
        QVERIFY(small.ok());
        QCOMPARE(small->items.size(), std::size_t(512));
        // 262,657 nodes from no bytes: a few such levels in a node's metadata exhaust memory.
        auto big = dec.decodeAll(table, {});
        QVERIFY(!big.ok());
        QVERIFY2(big.error().message.find("input") != std::string::npos, big.error().message.c_str());
    }

    void typeNameOfWideSelfReferenceStaysShort() {
        // (T, T, T, T) where T is the tuple itself: naming it walked 4^9 branches and built a
        // megabyte string; error messages name types, so a value error hung on this.
        TinyRegistry b;
        const auto self = b.next();
        b.tuple({self, self, self, self});
        const auto reg = b.read();
        const std::string name = reg.displayName(self);
        QVERIFY2(name.size() < 2048, std::to_string(name.size()).c_str());
        QVERIFY(name.starts_with("(("));
    }

    void rpcIdsOutsideIntegersMatchNothing() {
        // toDouble() cast to quint64 was undefined behaviour for 1e300, -1 or a string id.
        const auto frame = RpcMessage::parseFrame(QStringLiteral(
            R"([{"id":7,"result":1},{"id":1e300,"result":1},{"id":-1,"result":1},{"id":"7","result":1},)"
            R"({"id":2.5,"result":1},{"id":18446744073709551616,"result":1}])"));
        QVERIFY(frame);
        QCOMPARE(frame->size(), 6);
        QCOMPARE(frame->at(0).id.value_or(0), quint64(7));
        for (int i = 1; i < frame->size(); ++i)
            QVERIFY2(!frame->at(i).id, qPrintable(QString::number(i)));
        QCOMPARE(RpcMessage::idText(QJsonValue(1e300)), QStringLiteral("1.0000000000000001e+300"));
        QCOMPARE(RpcMessage::idText(QJsonValue(42.0)), QStringLiteral("42"));
    }

    void headerNumbersOutsideIntegersAreRefused() {
        // SubtensorNodeWorker cast a header's JSON "number" straight to quint64: undefined for
        // -1 or 1e300, and 2.5 silently became block 2.
        const auto header = [](const QJsonValue& n) { return QJsonObject{{QStringLiteral("number"), n}}; };
        QCOMPARE(RpcMessage::headerNumber(header(QStringLiteral("0x1a2b"))).value_or(0), quint64(0x1a2b));
        QCOMPARE(RpcMessage::headerNumber(header(4003.0)).value_or(0), quint64(4003));
        QVERIFY(!RpcMessage::headerNumber(header(-1.0)));
        QVERIFY(!RpcMessage::headerNumber(header(1e300)));
        QVERIFY(!RpcMessage::headerNumber(header(2.5)));
        QVERIFY(!RpcMessage::headerNumber(header(QStringLiteral("0xzz"))));
        QVERIFY(!RpcMessage::headerNumber(QJsonValue(QStringLiteral("not an object"))));
    }

    void rpcFrameShapes() {
        QString err;
        QVERIFY(!RpcMessage::parseFrame(QStringLiteral("{\"id\":"), &err));
        QVERIFY(!err.isEmpty());
        const auto note = RpcMessage::parseFrame(QStringLiteral(
            R"({"jsonrpc":"2.0","method":"chain_newHead","params":{"subscription":"ab","result":{"number":"0x10"}}})"));
        QVERIFY(note && note->size() == 1);
        QCOMPARE(note->front().kind, RpcMessage::Kind::Notification);
        QCOMPARE(note->front().subscription, QStringLiteral("ab"));
        QCOMPARE(note->front().result.toObject().value(QStringLiteral("number")).toString(),
                 QStringLiteral("0x10"));
        const auto reply = RpcMessage::parseFrame(QStringLiteral(R"({"id":3,"error":{"code":4003}})"));
        QVERIFY(reply && reply->size() == 1);
        QVERIFY(reply->front().hasError && !reply->front().hasResult);
        const auto scalar = RpcMessage::parseFrame(QStringLiteral("[1, \"x\", null]"));
        QVERIFY(scalar && scalar->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstHostileInput)
#include "tst_hostile_input.moc"
