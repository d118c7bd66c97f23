#pragma once
// Substrate's key derivation for Ed25519, as polkadot-js and subkey do it:
//   mini-secret = PBKDF2-HMAC-SHA512(password = BIP39 entropy, salt = "mnemonic" + passphrase,
//                 2048 rounds)[0..32], used directly as the Ed25519 seed;
//   hard junction //j: seed' = blake2b-256(SCALE("Ed25519HDKD") ++ seed ++ chainCode(j)).
// Ed25519 has no soft derivation, so "/j" is rejected.

#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/crypto/Mnemonic.h"
#include "chainclient/crypto/SecretBuffer.h"
#include "chainclient/economics/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace chainclient::crypto {

class KeyDerivation {
  public:
    // "phrase words//hard//1///password": phrase (or a 0x-prefixed 32-byte hex seed), hard
    // junctions, and an optional BIP39 passphrase after "///".
    struct SecretUri {
        QString phrase;
        QStringList hardJunctions;
        QString password;
    };

    static economics::Result<SecretUri> parseUri(const QString& uri);
    // The passphrase is used as given (no NFKD), as substrate-bip39 and polkadot-js do.
    static SecretBuffer miniSecret(const Mnemonic& mnemonic, const QString& passphrase = {});
    // The 32-byte chain code of a junction: a number that fits u64 is its 8 LE bytes, anything
    // else its SCALE string encoding; zero-padded, or blake2b-256 hashed when over 32 bytes.
    static QByteArray chainCode(const QString& junction);
    static SecretBuffer hardDerive(const SecretBuffer& seed, const QString& junction);

    static economics::Result<Ed25519Key> ed25519FromUri(const QString& uri);
    static economics::Result<Ed25519Key> ed25519FromMnemonic(const Mnemonic& mnemonic,
                                                             const QStringList& hardJunctions = {},
                                                             const QString& passphrase = {});
};

} // namespace chainclient::crypto
