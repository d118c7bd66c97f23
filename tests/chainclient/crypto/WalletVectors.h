#pragma once
// Loads /work/shared/wallet-vectors.json in place (SUBNETSCOPE_SHARED_DIR env, then the
// compile definition). Tests QSKIP when it is absent.

#include <QByteArray>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

namespace testsupport {

inline QString walletVectorsPath() {
    QString dir = qEnvironmentVariable("SUBNETSCOPE_SHARED_DIR");
    if (dir.isEmpty())
        dir = QStringLiteral(SUBNETSCOPE_SHARED_DIR);
    return dir + QStringLiteral("/wallet-vectors.json");
}

// Empty object when the file is missing or unreadable.
inline QJsonObject loadWalletVectors() {
    QFile f(walletVectorsPath());
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

inline QByteArray fromHex0x(const QString& s) {
    return QByteArray::fromHex(s.startsWith(QLatin1String("0x")) ? s.mid(2).toLatin1() : s.toLatin1());
}

} // namespace testsupport

#define LOAD_WALLET_VECTORS(var)                                                                             \
    const QJsonObject var = testsupport::loadWalletVectors();                                                \
    if (var.isEmpty())                                                                                       \
        QSKIP(qPrintable("wallet-vectors.json not found at " + testsupport::walletVectorsPath() +            \
                         "; set SUBNETSCOPE_SHARED_DIR"));
