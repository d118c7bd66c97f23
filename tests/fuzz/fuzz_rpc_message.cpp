// libFuzzer target: arbitrary text frames through RpcMessage, the parser RpcClient uses for
// everything a node sends, then the hex decoding every result string goes through.

#include "chainclient/subtensor/Hex.h"
#include "chainclient/subtensor/RpcMessage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

using namespace chainclient::subtensor;

namespace {

void touchResult(const QJsonValue& v) {
    if (v.isString()) {
        (void)Hex::decode(v.toString().toStdString());
        return;
    }
    // Headers and storage pages: strings one level down.
    if (v.isObject())
        for (const auto& x : v.toObject())
            if (x.isString())
                (void)Hex::decode(x.toString().toStdString());
    if (v.isArray())
        for (const auto& x : v.toArray())
            if (x.isString())
                (void)Hex::decode(x.toString().toStdString());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto messages = RpcMessage::parseFrame(text);
    if (!messages)
        return 0;
    for (const auto& m : *messages) {
        (void)m.subscription.size();
        if (m.hasError) {
            const QJsonObject e = m.error.toObject();
            (void)e.value(QStringLiteral("code")).toInt();
            (void)e.value(QStringLiteral("message")).toString();
        }
        touchResult(m.result);
        (void)RpcMessage::idText(m.result);
    }
    return 0;
}
