#pragma once
// How the embedded chain's account ids are shown to the rest of the app: SS58 with Bittensor's
// prefix 42, the same text a real node's accounts take, so stores and wallets never mix forms.

#include "chainclient/economics/Types.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace chainclient {

QString accountToText(const economics::AccountId& id);
// Only SS58 with prefix 42; anything else (hex, other prefixes, bad checksum) is nullopt.
std::optional<economics::AccountId> accountFromText(const QString& text);

QByteArray accountBytes(const economics::AccountId& id);
// 32 bytes exactly, else nullopt.
std::optional<economics::AccountId> accountFromBytes(const QByteArray& raw);

} // namespace chainclient
