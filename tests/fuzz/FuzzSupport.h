#pragma once
// Shared by the fuzz targets and the seed writer: where the chain fixtures are (read in place,
// never copied) and how a recorded hex payload becomes bytes.

#include "chainclient/subtensor/Hex.h"

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <cstdint>
#include <vector>

namespace fuzz {

// SUBNETSCOPE_SHARED_DIR from the environment, else the configured default; empty when the
// fixtures are not there.
inline QString chainFixturesDir() {
    QString shared = QString::fromLocal8Bit(qgetenv("SUBNETSCOPE_SHARED_DIR"));
#ifdef SUBNETSCOPE_SHARED_DIR
    if (shared.isEmpty())
        shared = QStringLiteral(SUBNETSCOPE_SHARED_DIR);
#endif
    const QString dir = shared + QStringLiteral("/chain-fixtures");
    return QFile::exists(dir + QStringLiteral("/metadata")) ? dir : QString();
}

inline QJsonDocument loadJson(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll());
}

inline std::vector<std::uint8_t> hexBytes(const QString& hex) {
    auto r = chainclient::subtensor::Hex::decode(hex.toStdString());
    return r.ok() ? std::move(r).value() : std::vector<std::uint8_t>{};
}

// The raw metadata bytes of a chain-fixtures/metadata/*.json file; empty when unavailable.
inline std::vector<std::uint8_t> metadataBytes(const QString& fixturesDir, const QString& relPath) {
    if (fixturesDir.isEmpty())
        return {};
    return hexBytes(loadJson(fixturesDir + QLatin1Char('/') + relPath)
                        .object()
                        .value(QStringLiteral("result"))
                        .toString());
}

} // namespace fuzz
