// Writes the seed corpora for the fuzz targets from the chain fixtures, read in place:
//   fuzz_seeds <out-dir>   →  <out-dir>/{scale,metadata,rpc_message}/seed-*
// Run at fuzz time into the build folder; nothing here is committed. Without the fixtures it
// writes only the synthetic seeds (tiny metadata, JSON-RPC shapes).

#include "FuzzSupport.h"
#include "ScaleTargets.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <cstdio>

namespace {

class SeedDir {
  public:
    explicit SeedDir(const QString& path) : path_(path) { QDir().mkpath(path_); }
    void write(const QByteArray& bytes) {
        QFile f(QStringLiteral("%1/seed-%2").arg(path_).arg(count_++, 4, 10, QLatin1Char('0')));
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
    }
    int count() const { return count_; }

  private:
    QString path_;
    int count_ = 0;
};

QByteArray raw(const std::vector<std::uint8_t>& b) {
    return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}

int selectorFor(const QJsonObject& decode) {
    const bool storage = decode.value(QStringLiteral("kind")).toString() == QLatin1String("storage");
    const QString a = decode.value(storage ? QStringLiteral("pallet") : QStringLiteral("api")).toString();
    const QString b = decode.value(storage ? QStringLiteral("item") : QStringLiteral("method")).toString();
    for (std::size_t i = 0; i < fuzz::kScaleTargets.size(); ++i) {
        const auto& t = fuzz::kScaleTargets[i];
        if (t.storage == storage && a.toStdString() == t.a && b.toStdString() == t.b)
            return static_cast<int>(i);
    }
    return -1;
}

// A registry of ten types (u8, Vec<u8>, a tuple, Option, Compact, a named struct, a bit
// sequence, the unit type and arrays of it) and one pallet and API: about the smallest
// metadata that parses, so mutations reach every section quickly.
QByteArray tinyMetadata(std::uint8_t version) {
    QByteArray m("meta");
    m.append(char(version));
    const char types[] = {
        0x28,                                                                   // 10 types
        0x00, 0x00, 0x00, 0x05, 0x03, 0x00,                                     // 0: u8
        0x04, 0x00, 0x00, 0x02, 0x00, 0x00,                                     // 1: Vec<u8>
        0x08, 0x00, 0x00, 0x04, 0x08, 0x00, 0x04, 0x00,                         // 2: (u8, Vec<u8>)
        0x0c, 0x04, 0x18, 'O',  'p',  't',  'i',  'o',  'n',  0x00,             // 3: path Option, no params
        0x01, 0x08,                                                             //    variant, 2 variants
        0x10, 'N',  'o',  'n',  'e',  0x00, 0x00, 0x00,                         //    None = 0
        0x10, 'S',  'o',  'm',  'e',  0x04, 0x00, 0x08, 0x00, 0x00, 0x01, 0x00, // Some(type 2) = 1
        0x00,                                                                   //    docs
        0x10, 0x00, 0x00, 0x06, 0x00, 0x00,                                     // 4: Compact<u8>
        0x14, 0x00, 0x00, 0x00, 0x04, 0x01, 0x04, 'a',  0x10, 0x00, 0x00, 0x00, // 5: struct {a: Compact<u8>}
        0x18, 0x00, 0x00, 0x07, 0x00, 0x14, 0x00,                               // 6: BitVec<u8, type 5>
        0x1c, 0x00, 0x00, 0x04, 0x00, 0x00,                                     // 7: ()
        0x20, 0x00, 0x00, 0x03, 0x10, 0x00, 0x00, 0x00, 0x1c, 0x00,             // 8: [(); 16]
        0x24, 0x00, 0x00, 0x03, 0x10, 0x00, 0x00, 0x00, 0x20, 0x00,             // 9: [[(); 16]; 16]
    };
    m.append(types, sizeof types);
    // One pallet "P" with a map storage item and a constant.
    const char pallet[] = {
        0x04, 0x04, 'P',  0x01, 0x04, 'P',  0x04, // pallets: "P", storage prefix "P", 1 entry
        0x04, 'S',  0x00, 0x01, 0x04, 0x06, 0x00,
        0x0c, 0x04, 0x00, 0x00,                   // "S": optional map Identity, key u8, value Option
        0x00, 0x00,                               // no calls, no events
        0x04, 0x04, 'C',  0x14, 0x04, 0x07, 0x00, // constant "C": type 5, value 0x07
        0x00, 0x07,                               // no errors, index 7
    };
    m.append(pallet, sizeof pallet);
    if (version == 15)
        m.append('\x00'); // pallet docs
    if (version == 14) {
        m.append("\x00\x04", 2); // extrinsic type 0, version 4
    } else {
        m.append("\x04\x00\x00\x00\x00", 5); // version 4, address/call/sig/extra
    }
    m.append("\x04\x04\x43\x00\x00", 5); // one signed extension "C" (0x43)
    m.append('\x00');                    // runtime type
    if (version == 15) {
        const char apis[] = {0x04, 0x0c, 'A',  'p',  'i',  0x04, 0x04, 'm',  0x04, 0x04,
                             'x',  0x00, 0x0c, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00}; // Api.m(x: u8) -> Option;
                                                                                    // outer enums; no custom
        m.append(apis, sizeof apis);
    }
    return m;
}

QByteArray wrapped(const QByteArray& meta) {
    QByteArray out(1, '\x01');
    // Compact length (the tiny metadata is under 2^14 bytes: two-byte mode).
    const quint32 v = static_cast<quint32>(meta.size()) << 2 | 1;
    out.append(char(v & 0xff));
    out.append(char(v >> 8));
    return out + meta;
}

QByteArray json(const QJsonObject& o) {
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_seeds <out-dir>\n");
        return 2;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    SeedDir scale(out + QStringLiteral("/scale")), metadata(out + QStringLiteral("/metadata")),
        rpc(out + QStringLiteral("/rpc_message"));

    // Every selector, with an empty Vec / None / zero: the targets without recordings start here.
    for (std::size_t i = 0; i < fuzz::kScaleTargets.size(); ++i) {
        scale.write(QByteArray(1, char(i)) + QByteArray(1, '\0'));
        scale.write(QByteArray(1, char(i)) + QByteArray(8, '\0'));
    }
    scale.write(QByteArray("\xff\x00\x00\x00", 4)); // raw mode, type 0
    metadata.write(tinyMetadata(14));
    metadata.write(tinyMetadata(15));
    metadata.write(wrapped(tinyMetadata(15)));
    // Notifications and batches are not in the recordings.
    rpc.write(
        R"({"jsonrpc":"2.0","method":"chain_newHead","params":{"subscription":"sub1","result":{"number":"0x10","parentHash":"0x00"}}})");
    rpc.write(R"({"jsonrpc":"2.0","method":"chain_newHead","params":{"subscription":42,"result":null}})");
    rpc.write(
        R"([{"jsonrpc":"2.0","id":1,"result":"0x0100"},{"jsonrpc":"2.0","id":2,"error":{"code":4003,"message":"State already discarded"}},3])");
    rpc.write(R"({"jsonrpc":"2.0","id":7})");

    const QString dir = fuzz::chainFixturesDir();
    if (dir.isEmpty()) {
        std::fprintf(stderr,
                     "fuzz_seeds: chain fixtures not found (SUBNETSCOPE_SHARED_DIR); synthetic seeds only\n");
    } else {
        QDirIterator metaFiles(dir + QStringLiteral("/metadata"), {QStringLiteral("*.json")}, QDir::Files);
        while (metaFiles.hasNext())
            metadata.write(raw(fuzz::hexBytes(
                fuzz::loadJson(metaFiles.next()).object().value(QStringLiteral("result")).toString())));

        QDirIterator it(dir, {QStringLiteral("rpc.json")}, QDir::Files, QDirIterator::Subdirectories);
        qint64 nextId = 1;
        while (it.hasNext()) {
            const QJsonArray exchanges =
                fuzz::loadJson(it.next()).object().value(QStringLiteral("exchanges")).toArray();
            for (const auto& ex : exchanges) {
                const QJsonObject e = ex.toObject();
                QJsonObject response = e.value(QStringLiteral("response")).toObject();
                response.insert(QStringLiteral("id"), nextId++);
                const QJsonValue result = response.value(QStringLiteral("result"));
                // Multi-megabyte answers add nothing a short one does not, and slow every run.
                if (result.isString() && result.toString().size() > 8192)
                    response.insert(QStringLiteral("result"), result.toString().left(8192));
                rpc.write(json(response));

                const int selector = selectorFor(e.value(QStringLiteral("decode")).toObject());
                if (selector < 0 || !result.isString())
                    continue;
                const auto bytes = fuzz::hexBytes(result.toString());
                scale.write(QByteArray(1, char(selector)) + raw(bytes));
            }
        }
    }
    std::printf("fuzz_seeds: %d scale, %d metadata, %d rpc_message seeds in %s\n", scale.count(),
                metadata.count(), rpc.count(), qPrintable(out));
    return 0;
}
