#pragma once
// Incoming JSON-RPC text frames, split into responses and subscription notifications. Pure (no
// socket, no QObject) so RpcClient and the fuzz target share exactly the same parsing of what a
// node — or anything pretending to be one — sends.

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QVector>
#include <optional>

namespace chainclient::subtensor {

struct RpcMessage {
    enum class Kind { Response, Notification };
    Kind kind = Kind::Response;

    // Response: the request id, when it is an integer we could have issued. Anything else
    // (strings, fractions, negatives, 1e300) matches no pending request.
    std::optional<quint64> id;
    bool hasError = false;
    QJsonValue error; // Response: the error object as sent
    bool hasResult = false;
    QJsonValue result; // Response: the result; Notification: params.result

    QString subscription; // Notification: the node's subscription id as text

    // One frame holds an object or a batch array of them; other array elements are skipped.
    // nullopt when the text is not JSON (`parseError` then says why).
    static std::optional<QVector<RpcMessage>> parseFrame(const QString& text, QString* parseError = nullptr);
    static RpcMessage fromObject(const QJsonObject& obj);

    // Subscription ids come as strings or numbers; both are compared as text.
    static QString idText(const QJsonValue& v);

    // A JSON number that is a whole number inside quint64, else nullopt (a hostile node picks it).
    static std::optional<quint64> wholeNumber(const QJsonValue& v);
    // A header's block number: hex text ("0x1a2b") as nodes send it, or a whole JSON number.
    static std::optional<quint64> headerNumber(const QJsonValue& header);
};

} // namespace chainclient::subtensor
