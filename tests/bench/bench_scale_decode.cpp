// SCALE decode benchmark (issue 7): the recorded finney runtime-API blobs in chain-fixtures,
// decoded by our metadata-driven decoder (RuntimeDecoder: DynamicDecoder tree + typed mapping) and
// by @polkadot/types (tests/bench/polkadot/decode.mjs) with the same metadata in the same run.
// Per blob: our median µs/decode, the peer's, the ratio (target ≥ 20×), and whether both decodes
// give identical values field by field. The exit code is 1 when values differ or we fail to decode.
// Times are CPU time per call (wall time beside it): on a shared machine a call longer than a time
// slice is preempted often enough to move the wall-clock median by several times.
//
// The peer runs only at bench time: its package.json/lock are copied to
// <build>/tests/bench/polkadot-peer and `npm install` runs there when node_modules is missing or
// the package files changed. Without node/npm the peer is skipped and the values are compared
// with the recorded peer_decoded.json instead.
//
// Usage: bench_scale_decode [--min-seconds S] [--no-peer] [blob-name-substring ...]
// (other --options are ignored: ./dev bench passes its arguments to every benchmark)

#include "chainclient/subtensor/FixtureSupport.h"
#include "chainclient/subtensor/PeerCompare.h"
#include "chainclient/subtensor/Metagraph.h"
#include "chainclient/subtensor/RuntimeDecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <optional>

using namespace chainclient::subtensor;

namespace {

struct Blob {
    const char* name;
    const char* scenario; // under chain-fixtures
    int exchange;
};

constexpr Blob kBlobs[] = {
    {"neurons_lite", "finney/s343-b6852690-neurons-lite-netuid1", 0},
    {"subnet_state", "finney/s343-b6852690-subnet-state-netuid1", 0},
    {"selective_mechagraph", "finney/s343-b6852690-selective-mechagraph-netuid1", 0},
    {"subnets_info_v2", "finney/s315-b6521727-subnets-info-v2-all", 2},
};

struct Timing {
    double cpuUs = 0, wallUs = 0; // medians per call
    int runs = 0;
};

struct Ours {
    bool ok = false;
    QString error;
    std::size_t bytes = 0;
    Timing typed; // tree + typed mapping: what the client does
    Timing tree;  // the dynamic tree alone
};

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const std::size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

double cpuNowUs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

// Medians of per-call CPU and wall times, repeating until at least minSeconds of wall time have
// been spent (and 5 calls).
template <class F> Timing measureCalls(F&& call, double minSeconds) {
    using Clock = std::chrono::steady_clock;
    std::vector<double> cpu, wall;
    double total = 0;
    while (total < minSeconds * 1e6 || wall.size() < 5) {
        const double c0 = cpuNowUs();
        const auto t0 = Clock::now();
        call();
        const double dt = std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
        cpu.push_back(cpuNowUs() - c0);
        wall.push_back(dt);
        total += dt;
    }
    return {median(cpu), median(wall), int(wall.size())};
}

struct Loaded {
    const Metadata* md = nullptr;
    std::vector<std::uint8_t> bytes;
    std::string api, method;
    QString error;
};

Loaded load(const Blob& b) {
    Loaded l;
    const QJsonObject rpc = fixtures::loadJson(fixtures::chainFixturesDir() + "/" + b.scenario + "/rpc.json").object();
    const QJsonObject ex = rpc.value("exchanges").toArray().at(b.exchange).toObject();
    const QJsonObject decode = ex.value("decode").toObject();
    l.api = decode.value("api").toString().toStdString();
    l.method = decode.value("method").toString().toStdString();
    l.bytes = fixtures::hexBytes(ex.value("response").toObject().value("result").toString());
    l.md = fixtures::metadata(rpc.value("metadata").toString(), &l.error);
    if (l.bytes.empty() || l.api.empty())
        l.error = "no runtime-API result in " + QString(b.scenario) + "/rpc.json";
    return l;
}

// Times our decode and compares the tree and the typed struct with `peerValue`.
template <class T>
Ours measure(const Loaded& l, double minSeconds, const QJsonValue* peerValue, peer::Mismatches* m) {
    Ours o;
    o.bytes = l.bytes.size();
    const RuntimeDecoder dec(*l.md);
    auto tree = dec.decodeCall(l.api, l.method, l.bytes);
    auto typed = dec.call<T>(l.api, l.method, l.bytes);
    if (!tree || !typed) {
        o.error = QString::fromStdString(!tree ? tree.error().message : typed.error().message);
        return o;
    }
    o.ok = true;
    if (peerValue) {
        peer::compareTree(*tree, *peerValue, l.md->types(), "value", *m);
        peer::compareTyped(*peerValue, *typed, "typed", *m, {});
    }
    bool allOk = true;
    o.typed = measureCalls([&] { allOk &= dec.call<T>(l.api, l.method, l.bytes).ok(); }, minSeconds);
    o.tree = measureCalls([&] { allOk &= dec.decodeCall(l.api, l.method, l.bytes).ok(); }, minSeconds);
    if (!allOk) {
        o.ok = false;
        o.error = "a timed decode failed";
    }
    return o;
}

Ours measureBlob(const Blob& b, const Loaded& l, double minSeconds, const QJsonValue* peerValue,
                 peer::Mismatches* m) {
    const std::string n = b.name;
    if (n == "neurons_lite")
        return measure<std::vector<NeuronInfoLite>>(l, minSeconds, peerValue, m);
    if (n == "subnet_state")
        return measure<std::optional<SubnetState>>(l, minSeconds, peerValue, m);
    if (n == "selective_mechagraph")
        return measure<std::optional<Metagraph>>(l, minSeconds, peerValue, m);
    return measure<std::vector<std::optional<SubnetInfoV2>>>(l, minSeconds, peerValue, m);
}

// ---- the @polkadot/types peer ----
struct Peer {
    QJsonObject report;
    QString skipped; // why there is no peer run
};

QString sourceDir() {
#ifdef SUBNETSCOPE_SOURCE_DIR
    return QStringLiteral(SUBNETSCOPE_SOURCE_DIR);
#else
    return {};
#endif
}

bool sameFile(const QString& a, const QString& b) {
    QFile fa(a), fb(b);
    return fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly) && fa.readAll() == fb.readAll();
}

bool copyOver(const QString& from, const QString& to) {
    QFile::remove(to);
    return QFile::copy(from, to);
}

// Runs a child with stderr passed through; returns stdout, or nullopt with `why` set.
std::optional<QByteArray> run(const QString& program, const QStringList& args, const QString& dir, int timeoutS,
                              QString* why) {
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, args);
    if (!p.waitForStarted()) {
        *why = program + " did not start";
        return std::nullopt;
    }
    QByteArray out;
    QElapsedTimer t;
    t.start();
    while (p.state() != QProcess::NotRunning && t.elapsed() < timeoutS * 1000LL) {
        p.waitForReadyRead(200);
        out += p.readAllStandardOutput();
    }
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        *why = QString("%1 timed out after %2 s").arg(QFileInfo(program).fileName()).arg(timeoutS);
        return std::nullopt;
    }
    out += p.readAllStandardOutput();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = QString("%1 %2 failed (exit %3)").arg(QFileInfo(program).fileName(), args.value(0)).arg(p.exitCode());
        return std::nullopt;
    }
    return out;
}

Peer runPeer(const std::vector<const Blob*>& blobs, double minSeconds) {
    Peer peer;
    const QString node = QStandardPaths::findExecutable("node");
    const QString npm = QStandardPaths::findExecutable("npm");
    if (node.isEmpty() || npm.isEmpty()) {
        peer.skipped = node.isEmpty() ? "node not found on PATH" : "npm not found on PATH";
        return peer;
    }
    const QString src = sourceDir() + "/tests/bench/polkadot";
    const QString dir = QCoreApplication::applicationDirPath() + "/polkadot-peer";
    if (!QDir().mkpath(dir)) {
        peer.skipped = "cannot create " + dir;
        return peer;
    }
    bool packageChanged = false;
    for (const char* f : {"package.json", "package-lock.json"}) {
        if (!sameFile(src + "/" + f, dir + "/" + f)) {
            packageChanged = true;
            if (!copyOver(src + "/" + f, dir + "/" + f)) {
                peer.skipped = "cannot copy " + src + "/" + f;
                return peer;
            }
        }
    }
    if (!copyOver(src + "/decode.mjs", dir + "/decode.mjs")) {
        peer.skipped = "cannot copy " + src + "/decode.mjs";
        return peer;
    }
    if (packageChanged || !QDir(dir + "/node_modules/@polkadot/types").exists()) {
        std::printf("polkadot peer: npm install in %s\n", qPrintable(dir));
        std::fflush(stdout);
        QString why;
        if (!run(npm, {"install", "--prefix", dir, "--no-audit", "--no-fund", "--loglevel=error"}, dir, 600, &why)) {
            QFile::remove(dir + "/package.json"); // so the next run retries the install
            peer.skipped = why;
            return peer;
        }
    }
    QStringList args{dir + "/decode.mjs", fixtures::chainFixturesDir(), QString::number(minSeconds)};
    for (const Blob* b : blobs)
        args << QString("%1=%2:%3").arg(b->name, b->scenario).arg(b->exchange);
    QString why;
    const auto out = run(node, args, dir, 900, &why);
    if (!out) {
        peer.skipped = why;
        return peer;
    }
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(*out, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        peer.skipped = "decode.mjs output is not JSON: " + err.errorString();
    else
        peer.report = doc.object();
    return peer;
}

QJsonObject peerBlob(const Peer& peer, const char* name) {
    for (const auto& b : peer.report.value("blobs").toArray())
        if (b.toObject().value("name").toString() == QLatin1String(name))
            return b.toObject();
    return {};
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    double minSeconds = 0.2;
    bool usePeer = true;
    QStringList filters;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--min-seconds") == 0 && i + 1 < argc)
            minSeconds = std::atof(argv[++i]);
        else if (std::strcmp(argv[i], "--no-peer") == 0)
            usePeer = false;
        else if (argv[i][0] != '-') // ./dev bench passes every argument to every benchmark
            filters << QString::fromLocal8Bit(argv[i]);
    }
    std::vector<const Blob*> blobs;
    for (const Blob& b : kBlobs)
        if (filters.isEmpty() || std::any_of(filters.begin(), filters.end(),
                                             [&](const QString& f) { return QString(b.name).contains(f); }))
            blobs.push_back(&b);
    if (blobs.empty()) { // a filter meant for another benchmark
        std::printf("scale decode: no blob matches %s\n", qPrintable(filters.join(' ')));
        return 0;
    }
    if (fixtures::chainFixturesDir().isEmpty()) {
        std::printf("scale decode: skipped, chain fixtures not found (set SUBNETSCOPE_SHARED_DIR to the folder "
                    "holding chain-fixtures/)\n");
        return 0;
    }

    Peer peer;
    if (!usePeer)
        peer.skipped = "--no-peer";
    else
        peer = runPeer(blobs, minSeconds);
    std::printf("scale decode: median CPU time per decode (wall-clock median in parentheses), each measure "
                "repeated for >= %.2f s\n", minSeconds);
    if (peer.skipped.isEmpty())
        std::printf("polkadot peer: %s on node %s, registry built once per metadata, untimed warm-up of >= 3 decodes and >= %.2f s CPU\n",
                    qPrintable(peer.report.value("peer").toString()), qPrintable(peer.report.value("node").toString()),
                    minSeconds);
    else
        std::printf("polkadot peer skipped: %s; values compared with the recorded peer_decoded.json\n",
                    qPrintable(peer.skipped));

    int status = 0;
    for (const Blob* b : blobs) {
        const Loaded l = load(*b);
        if (!l.md || !l.error.isEmpty()) {
            std::printf("%-20s cannot load: %s\n", b->name, qPrintable(l.error));
            status = 1;
            continue;
        }
        const QJsonObject pb = peerBlob(peer, b->name);
        QJsonValue peerValue;
        QString against = "polkadot";
        if (peer.skipped.isEmpty() && !pb.isEmpty()) {
            peerValue = pb.value("value");
            if (pb.value("consumed").toInteger() != qint64(l.bytes.size())) {
                std::printf("%-20s polkadot consumed %lld of %zu bytes\n", b->name,
                            pb.value("consumed").toInteger(), l.bytes.size());
                status = 1;
            }
        } else {
            const QJsonObject recorded = fixtures::loadJson(fixtures::chainFixturesDir() + "/" + b->scenario +
                                                            "/peer_decoded.json").object();
            for (const auto& x : recorded.value("exchanges").toArray())
                if (x.toObject().value("exchange_index").toInt(-1) == b->exchange)
                    peerValue = x.toObject().value("value");
            against = "recorded";
        }
        peer::Mismatches m;
        const bool compare = !peerValue.isUndefined();
        const Ours o = measureBlob(*b, l, minSeconds, compare ? &peerValue : nullptr, &m);
        if (!o.ok) {
            std::printf("%-20s our decode failed: %s\n", b->name, qPrintable(o.error));
            status = 1;
            continue;
        }
        const bool identical = compare && m.count == 0;
        if (!identical)
            status = 1;
        std::printf("%-20s %6zu B: ours %7.1f us/decode (wall %.1f, tree alone %.1f, %d runs)", b->name, o.bytes,
                    o.typed.cpuUs, o.typed.wallUs, o.tree.cpuUs, o.typed.runs);
        if (!pb.isEmpty()) {
            const double peerCpu = pb.value("cpu_us_per_decode").toDouble();
            const double peerWall = pb.value("wall_us_per_decode").toDouble();
            const double ratio = peerCpu / o.typed.cpuUs;
            std::printf(", polkadot %9.1f us/decode (wall %.1f, %d runs), ratio %.1fx (wall %.1fx; target >= 20x%s)",
                        peerCpu, peerWall, pb.value("runs").toInt(), ratio, peerWall / o.typed.wallUs,
                        ratio >= 20 ? "" : ", MISSED");
        }
        std::printf(", values identical%s: %s\n", against == "polkadot" ? "" : " (vs recorded peer_decoded.json)",
                    !compare ? "unknown (no peer values)" : identical ? "yes" : "no");
        if (compare && !identical)
            std::printf("  %s\n", qPrintable(m.summary()));
    }
    return status;
}
