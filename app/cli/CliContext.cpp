#include "app/cli/CliContext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

namespace app::cli {

QString CliContext::takeOption(const QString& name, bool* missingValue) {
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == name) {
            if (i + 1 >= args.size() || args[i + 1].startsWith(QLatin1String("--"))) {
                if (missingValue) *missingValue = true;
                args.removeAt(i);
                return QString();
            }
            const QString value = args[i + 1];
            args.remove(i, 2);
            return value;
        }
        if (args[i].startsWith(name + QLatin1Char('='))) {
            const QString value = args[i].mid(name.size() + 1);
            args.removeAt(i);
            return value;
        }
    }
    return QString();
}

bool CliContext::takeFlag(const QString& name) { return args.removeAll(name) > 0; }

int fail(const CliContext& ctx, int exitCode, const QString& code, const QString& message) {
    if (ctx.json) {
        printJson(QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}});
    } else {
        std::fprintf(stderr, "error: %s\n", message.toUtf8().constData());
    }
    return exitCode;
}

void printJson(const QJsonValue& value) {
    QByteArray text = value.isArray()    ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                      : value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                                         : QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    std::fwrite(text.constData(), 1, static_cast<size_t>(text.size()), stdout);
    std::fflush(stdout);
}

void printLine(const QString& text) {
    std::printf("%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

void progressLine(const QString& text) {
    std::fprintf(stderr, "\r%s\x1b[K", text.toUtf8().constData());
    std::fflush(stderr);
}

} // namespace app::cli
