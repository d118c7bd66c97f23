#include "chainclient/local/AccountText.h"

#include "chainclient/crypto/Ss58.h"

#include <algorithm>

namespace chainclient {

QByteArray accountBytes(const economics::AccountId& id) {
    return QByteArray(reinterpret_cast<const char*>(id.bytes.data()),
                      static_cast<qsizetype>(id.bytes.size()));
}

std::optional<economics::AccountId> accountFromBytes(const QByteArray& raw) {
    economics::AccountId id;
    if (raw.size() != static_cast<qsizetype>(id.bytes.size()))
        return std::nullopt;
    std::copy(raw.begin(), raw.end(), id.bytes.begin());
    return id;
}

QString accountToText(const economics::AccountId& id) {
    return crypto::Ss58::encode(accountBytes(id));
}

std::optional<economics::AccountId> accountFromText(const QString& text) {
    auto raw = crypto::Ss58::decodeAccountId(text.trimmed());
    if (!raw)
        return std::nullopt;
    return accountFromBytes(*raw);
}

} // namespace chainclient
