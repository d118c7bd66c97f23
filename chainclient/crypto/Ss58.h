#pragma once
// SS58 addresses for 32-byte account ids: base58(prefix ++ key ++ blake2b-512("SS58PRE" ++
// prefix ++ key)[0..2]). Prefixes 0..63 take one byte, 64..16383 two bytes.

#include "chainclient/economics/Result.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <optional>

namespace chainclient::crypto {

class Ss58 {
  public:
    static constexpr std::uint16_t BittensorPrefix = 42;

    struct Decoded {
        QByteArray publicKey; // 32 bytes
        std::uint16_t prefix = 0;
    };

    // publicKey must be 32 bytes and prefix <= 16383 (programming errors otherwise: aborts).
    static QString encode(const QByteArray& publicKey, std::uint16_t prefix = BittensorPrefix);
    // Any valid prefix; errors name what is wrong (characters, length, prefix, checksum).
    static economics::Result<Decoded> decode(const QString& address);
    // The 32-byte account id, requiring the given prefix (Bittensor's 42 by default).
    static economics::Result<QByteArray>
    decodeAccountId(const QString& address, std::optional<std::uint16_t> expectedPrefix = BittensorPrefix);
};

} // namespace chainclient::crypto
