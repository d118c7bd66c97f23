#pragma once
// One key per file. Secret keys are sealed as a small versioned JSON envelope: the 32-byte
// Ed25519 seed encrypted with AES-256-GCM under a key from scrypt(password, random salt,
// N=2^15, r=8, p=1). Public fields (key, address, parameters) are bound to the ciphertext as
// GCM associated data, so editing any of them makes decryption fail. Files are written
// atomically (temp + rename) with mode 0600.

#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/economics/Result.h"

#include <QByteArray>
#include <QString>

namespace chainclient::crypto {

class Keyfile {
  public:
    struct PublicInfo {
        QByteArray publicKey; // 32 bytes
        QString ss58;
    };

    // `what` names the key in error messages, e.g. "wallet 'alice'".
    static economics::Status writeEncrypted(const QString& path, const Ed25519Key& key,
                                            const QString& password);
    static economics::Result<Ed25519Key> unlock(const QString& path, const QString& password,
                                                const QString& what);
    // Public part of an encrypted key file (no password needed).
    static economics::Result<PublicInfo> readEncryptedPublic(const QString& path);

    // btcli-style public file: {"accountId", "publicKey", "ss58Address"}.
    static economics::Status writePublic(const QString& path, const QByteArray& publicKey);
    static economics::Result<PublicInfo> readPublic(const QString& path);

    // temp + rename, owner read/write only.
    static economics::Status writeAtomically(const QString& path, const QByteArray& data);

    static constexpr int FormatVersion = 1;
    static constexpr quint64 ScryptN = 1u << 15;
    static constexpr quint64 ScryptR = 8;
    static constexpr quint64 ScryptP = 1;
};

} // namespace chainclient::crypto
