#include "app/CaFile.h"

#include <QFileInfo>
#include <QSslCertificate>

namespace app {

bool caFileReadable(const QString& path, QString* why) {
    const QFileInfo info(path);
    if (!info.exists()) {
        *why = QStringLiteral("--ca-file: %1 does not exist.").arg(path);
        return false;
    }
    if (!info.isFile() || !info.isReadable()) {
        *why = QStringLiteral("--ca-file: %1 is not a readable file.").arg(path);
        return false;
    }
    if (QSslCertificate::fromPath(path, QSsl::Pem).isEmpty()) {
        *why = QStringLiteral("--ca-file: %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(path);
        return false;
    }
    return true;
}

} // namespace app
