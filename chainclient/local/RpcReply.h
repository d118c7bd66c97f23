#pragma once
// The JSON-RPC 2.0 reply objects the loopback server sends, shared by its source files.

#include "chainclient/subtensor/Hex.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <cstdint>
#include <span>

namespace chainclient::rpcreply {

inline QString hex(std::span<const std::uint8_t> bytes) { return QString::fromStdString(subtensor::Hex::encode(bytes)); }

inline QJsonObject rpcError(const QJsonValue& id, int code, const QString& message) {
    return QJsonObject{{"jsonrpc", "2.0"}, {"id", id}, {"error", QJsonObject{{"code", code}, {"message", message}}}};
}

inline QJsonObject rpcResult(const QJsonValue& id, const QJsonValue& result) {
    return QJsonObject{{"jsonrpc", "2.0"}, {"id", id}, {"result", result}};
}

} // namespace chainclient::rpcreply
