#pragma once
// Locating and loading the shared chain fixtures in place (never copied into the repo).

#include "chainclient/subtensor/Hex.h"
#include "chainclient/subtensor/Metadata.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <map>
#include <memory>

namespace fixtures {

inline QString sharedDir() {
    const QByteArray env = qgetenv("SUBNETSCOPE_SHARED_DIR");
    if (!env.isEmpty())
        return QString::fromLocal8Bit(env);
#ifdef SUBNETSCOPE_SHARED_DIR
    return QStringLiteral(SUBNETSCOPE_SHARED_DIR);
#else
    return {};
#endif
}

// Empty when the fixture folder is not there; tests QSKIP on that.
inline QString chainFixturesDir() {
    const QString dir = sharedDir() + "/chain-fixtures";
    return QDir(dir).exists("metadata") ? dir : QString();
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

// QVERIFY2 evaluates its message eagerly, so never call error() on a successful Result there.
template <class R> QString errorText(const R& r) {
    return r.ok() ? QString() : QString::fromStdString(r.error().message);
}

// Parsed once per test binary: the spec-343 metadata is ~600 KB of hex.
inline const chainclient::subtensor::Metadata* metadata(const QString& relPath, QString* error = nullptr) {
    static std::map<QString, std::unique_ptr<chainclient::subtensor::Metadata>> cache;
    auto it = cache.find(relPath);
    if (it != cache.end())
        return it->second.get();
    const QJsonDocument doc = loadJson(chainFixturesDir() + "/" + relPath);
    const auto bytes = hexBytes(doc.object().value("result").toString());
    auto md = chainclient::subtensor::Metadata::parse(bytes);
    if (!md) {
        if (error)
            *error = QString::fromStdString(md.error().message);
        return nullptr;
    }
    auto owned = std::make_unique<chainclient::subtensor::Metadata>(std::move(md).value());
    return cache.emplace(relPath, std::move(owned)).first->second.get();
}

} // namespace fixtures
