#pragma once
// Shared by the black-box CLI tests: run the real subnetscope-cli (SUBNETSCOPE_CLI_PATH) as a
// child process and read its JSON answer or error (shared/cli.md shapes).

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace testsupport {

struct CliRun {
    int exitCode = -1; // -1: it did not finish in time
    QByteArray out;
    QByteArray err;
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    QJsonObject error() const { return object()[QStringLiteral("error")].toObject(); }
    QString errorCode() const { return error()[QStringLiteral("code")].toString(); }
    QString errorMessage() const { return error()[QStringLiteral("message")].toString(); }
};

inline CliRun runCli(const QStringList& args, const QByteArray& stdinText = {}, int timeoutMs = 300'000) {
    QProcess p;
    p.start(QStringLiteral(SUBNETSCOPE_CLI_PATH), args);
    p.write(stdinText);
    p.closeWriteChannel();
    CliRun r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5'000);
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace testsupport
