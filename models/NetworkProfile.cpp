#include "models/NetworkProfile.h"

#include "chainclient/subtensor/SubtensorNode.h"

#include <QRegularExpression>

namespace models {
NetworkProfile NetworkProfile::local() { return NetworkProfile(Kind::Local, QStringLiteral("local"), QUrl()); }

QString NetworkProfile::urlProblem(const QString& input) {
    const QString text = input.trimmed();
    if (text.isEmpty()) return tr("Enter the address of a node, e.g. ws://127.0.0.1:9944.");
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!text.contains(QLatin1String("://")) || (scheme != QLatin1String("ws") && scheme != QLatin1String("wss")))
        return tr("“%1” is not a WebSocket address: it must start with ws:// or wss://.").arg(text);
    if (!url.isValid()) return tr("“%1” is not a valid address: %2").arg(text, url.errorString());
    if (url.host().isEmpty()) return tr("“%1” names no host: write it as ws://HOST:PORT.").arg(text);
    if (url.port() == 0) return tr("“%1” has port 0: give the port the node listens on.").arg(text);
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return tr("“%1” carries a user, query or fragment: give only ws(s)://HOST:PORT and an optional path.").arg(text);
    return {};
}

std::optional<NetworkProfile> NetworkProfile::parse(const QString& input, QString* error) {
    const QString text = input.trimmed();
    if (text == QLatin1String("local")) return local();
    if (!text.contains(QLatin1String("://"))) {
        const QUrl url = chainclient::subtensor::SubtensorNode::endpointFor(text);
        if (url.isValid() && !url.isEmpty()) return NetworkProfile(Kind::Named, text, url);
        if (error) *error = tr("Unknown network '%1': use local, finney, test or a ws:// / wss:// URL.").arg(text);
        return std::nullopt;
    }
    if (const QString problem = urlProblem(text); !problem.isEmpty()) {
        if (error) *error = problem;
        return std::nullopt;
    }
    return NetworkProfile(Kind::Custom, text, QUrl(text, QUrl::StrictMode));
}

QString NetworkProfile::storeNameFor(const QString& network) {
    return QString(network).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9.-]+")), QStringLiteral("_"));
}

QString NetworkProfile::displayText() const {
    switch (kind_) {
    case Kind::Local: return name_;
    case Kind::Named: return QStringLiteral("%1 (%2)").arg(name_, url_.toString());
    case Kind::Custom: return tr("custom (%1)").arg(name_);
    }
    return name_;
}

} // namespace models
