#include "chainclient/subtensor/RpcMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace chainclient::subtensor {

namespace {

// A double converts to a 64-bit integer only inside its range; outside it the cast is undefined
// behaviour, and a hostile node picks the number.
constexpr double kTwoTo63 = 9223372036854775808.0;
constexpr double kTwoTo64 = 18446744073709551616.0;

} // namespace

std::optional<quint64> RpcMessage::wholeNumber(const QJsonValue& v) {
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!(d >= 0 && d < kTwoTo64) || std::trunc(d) != d)
        return std::nullopt;
    return static_cast<quint64>(d);
}

std::optional<quint64> RpcMessage::headerNumber(const QJsonValue& header) {
    const QJsonValue n = header.toObject().value(QStringLiteral("number"));
    if (n.isDouble())
        return wholeNumber(n);
    QString text = n.toString();
    if (text.startsWith(QLatin1String("0x")))
        text = text.mid(2);
    bool ok = false;
    const quint64 v = text.toULongLong(&ok, 16);
    return ok ? std::optional<quint64>(v) : std::nullopt;
}

QString RpcMessage::idText(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d >= -kTwoTo63 && d < kTwoTo63)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    return {};
}

RpcMessage RpcMessage::fromObject(const QJsonObject& obj) {
    RpcMessage m;
    const QJsonValue idv = obj.value(QStringLiteral("id"));
    if (idv.isUndefined() || idv.isNull()) {
        // A notification: {"method": ..., "params": {"subscription": id, "result": ...}}
        m.kind = Kind::Notification;
        const QJsonObject params = obj.value(QStringLiteral("params")).toObject();
        m.subscription = idText(params.value(QStringLiteral("subscription")));
        m.result = params.value(QStringLiteral("result"));
        m.hasResult = params.contains(QStringLiteral("result"));
        return m;
    }
    m.id = wholeNumber(idv);
    m.hasError = obj.contains(QStringLiteral("error"));
    if (m.hasError)
        m.error = obj.value(QStringLiteral("error"));
    m.hasResult = obj.contains(QStringLiteral("result"));
    if (m.hasResult)
        m.result = obj.value(QStringLiteral("result"));
    return m;
}

std::optional<QVector<RpcMessage>> RpcMessage::parseFrame(const QString& text, QString* parseError) {
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &perr);
    if (perr.error != QJsonParseError::NoError) {
        if (parseError)
            *parseError = perr.errorString();
        return std::nullopt;
    }
    QVector<RpcMessage> out;
    if (doc.isArray()) {
        const QJsonArray arr = doc.array();
        out.reserve(arr.size());
        for (const auto& v : arr)
            if (v.isObject())
                out.push_back(fromObject(v.toObject()));
    } else if (doc.isObject()) {
        out.push_back(fromObject(doc.object()));
    }
    return out;
}

} // namespace chainclient::subtensor
