#pragma once
// What every CLI command receives: global options, its own arguments, and the output rules
// of shared/cli.md (JSON on stdout, progress on stderr, exit codes 0/2/3/4).

#include "app/AppPaths.h"
#include "models/NetworkProfile.h"

#include <QJsonValue>
#include <QStringList>

namespace app::cli {

enum ExitCode { Ok = 0, Usage = 2, Refused = 3, NodeOrIo = 4 };

struct CliContext {
    QString network = QStringLiteral("local");
    QString dataDir;
    QString logLevel = QStringLiteral("warn");
    // PEM file of extra CAs trusted for wss:// (a self-hosted node); --ca-file, else
    // SUBNETSCOPE_CA_FILE.
    QString caFile = qEnvironmentVariable("SUBNETSCOPE_CA_FILE");
    bool json = false;
    QString command;
    QStringList args; // the command's own arguments, globals removed

    AppPaths paths() const { return AppPaths(dataDir); }
    // A URL network gets a file name of its own: "ws://127.0.0.1:9944" → "ws_127.0.0.1_9944".
    QString storePath() const { return paths().storePath(models::NetworkProfile::storeNameFor(network)); }

    // Takes "--name value" out of args; returns the value or a null QString if absent.
    // Sets *missingValue when the option is present without a value.
    QString takeOption(const QString& name, bool* missingValue = nullptr);
    bool takeFlag(const QString& name);
};

// Output helpers. fail() prints {"error": {code, message}} with --json, else the sentence on stderr.
int fail(const CliContext& ctx, int exitCode, const QString& code, const QString& message);
void printJson(const QJsonValue& value);
void printLine(const QString& text);
void progressLine(const QString& text); // stderr, overwriting the line

} // namespace app::cli
