#include "chainclient/local/AccountText.h"

#include <QByteArray>

namespace chainclient {

QString accountToText(const economics::AccountId& id) { return QString::fromStdString(id.hex()); }

std::optional<economics::AccountId> accountFromText(const QString& text) {
    if (!text.startsWith(QLatin1String("0x")) || text.size() != 66) return std::nullopt;
    const QByteArray raw = QByteArray::fromHex(text.mid(2).toLatin1());
    if (raw.size() != 32) return std::nullopt;
    economics::AccountId id;
    std::copy(raw.begin(), raw.end(), id.bytes.begin());
    return id;
}

} // namespace chainclient
