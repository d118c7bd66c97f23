#include "chainclient/crypto/KeyDerivation.h"

#include "chainclient/crypto/Hashes.h"

#include <cstdlib>
#include <openssl/evp.h>

namespace chainclient::crypto {

using economics::ErrorCode;
using economics::makeError;

namespace {

// SCALE compact length prefix; junctions are short, but encode every mode for correctness.
QByteArray compactLength(quint64 n) {
    QByteArray out;
    if (n < 64) {
        out.append(static_cast<char>(n << 2));
    } else if (n < (1u << 14)) {
        const auto v = static_cast<quint16>((n << 2) | 1);
        out.append(static_cast<char>(v & 0xff)).append(static_cast<char>(v >> 8));
    } else if (n < (1u << 30)) {
        const auto v = static_cast<quint32>((n << 2) | 2);
        for (int i = 0; i < 4; ++i)
            out.append(static_cast<char>((v >> (8 * i)) & 0xff));
    } else {
        out.append(static_cast<char>(((8 - 4) << 2) | 3));
        for (int i = 0; i < 8; ++i)
            out.append(static_cast<char>((n >> (8 * i)) & 0xff));
    }
    return out;
}

bool allDigits(const QString& s) {
    if (s.isEmpty())
        return false;
    for (QChar c : s)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return true;
}

} // namespace

economics::Result<KeyDerivation::SecretUri> KeyDerivation::parseUri(const QString& uri) {
    SecretUri out;
    QString rest = uri;
    const auto pw = rest.indexOf(QLatin1String("///"));
    if (pw >= 0) {
        out.password = rest.mid(pw + 3);
        rest = rest.left(pw);
    }
    const auto slash = rest.indexOf(QLatin1Char('/'));
    out.phrase = (slash >= 0 ? rest.left(slash) : rest).simplified();
    QString path = slash >= 0 ? rest.mid(slash) : QString();
    while (!path.isEmpty()) {
        if (!path.startsWith(QLatin1String("//")))
            return makeError(ErrorCode::InvalidKey,
                             "Ed25519 keys only support hard derivation ('//name'); soft junctions "
                             "('/name') are not possible.");
        path = path.mid(2);
        const auto next = path.indexOf(QLatin1Char('/'));
        const QString junction = next >= 0 ? path.left(next) : path;
        if (junction.isEmpty())
            return makeError(ErrorCode::InvalidKey, "The derivation path has an empty junction.");
        out.hardJunctions.append(junction);
        path = next >= 0 ? path.mid(next) : QString();
    }
    if (out.phrase.isEmpty())
        return makeError(ErrorCode::InvalidMnemonic, "The secret URI has no recovery phrase or seed.");
    return out;
}

SecretBuffer KeyDerivation::miniSecret(const Mnemonic& mnemonic, const QString& passphrase) {
    const QByteArray salt = "mnemonic" + passphrase.toUtf8();
    SecretBuffer out(64);
    if (PKCS5_PBKDF2_HMAC(reinterpret_cast<const char*>(mnemonic.entropy().data()),
                          static_cast<int>(mnemonic.entropy().size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()),
                          static_cast<int>(salt.size()), 2048, EVP_sha512(), 64, out.data()) != 1)
        std::abort();
    return out.left(32);
}

QByteArray KeyDerivation::chainCode(const QString& junction) {
    QByteArray encoded;
    bool isNumber = false;
    const quint64 n = allDigits(junction) ? junction.toULongLong(&isNumber) : 0;
    if (isNumber) {
        for (int i = 0; i < 8; ++i)
            encoded.append(static_cast<char>((n >> (8 * i)) & 0xff));
    } else {
        const QByteArray utf8 = junction.toUtf8();
        encoded = compactLength(static_cast<quint64>(utf8.size())) + utf8;
    }
    if (encoded.size() > 32)
        return Hashes::blake2b256(encoded);
    encoded.append(QByteArray(32 - encoded.size(), '\0'));
    return encoded;
}

SecretBuffer KeyDerivation::hardDerive(const SecretBuffer& seed, const QString& junction) {
    QByteArray input =
        compactLength(11) + QByteArray("Ed25519HDKD") + seed.toByteArray() + chainCode(junction);
    QByteArray derived = Hashes::blake2b256(input);
    SecretBuffer out = SecretBuffer::fromByteArray(derived);
    wipeByteArray(input);
    wipeByteArray(derived);
    return out;
}

economics::Result<Ed25519Key> KeyDerivation::ed25519FromMnemonic(const Mnemonic& mnemonic,
                                                                 const QStringList& hardJunctions,
                                                                 const QString& passphrase) {
    SecretBuffer seed = miniSecret(mnemonic, passphrase);
    for (const QString& j : hardJunctions)
        seed = hardDerive(seed, j);
    return Ed25519Key::fromSeed(seed);
}

economics::Result<Ed25519Key> KeyDerivation::ed25519FromUri(const QString& uri) {
    auto parsed = parseUri(uri);
    if (!parsed)
        return parsed.error();
    const SecretUri& u = *parsed;
    if (u.phrase.startsWith(QLatin1String("0x"))) {
        // A raw seed has no BIP39 step, so a passphrase would silently do nothing: refuse it.
        QByteArray raw = QByteArray::fromHex(u.phrase.mid(2).toLatin1());
        if (raw.size() != 32 || u.phrase.size() != 66)
            return makeError(ErrorCode::InvalidKey, "A hex seed must be 0x followed by 64 hex digits.");
        if (!u.password.isEmpty())
            return makeError(ErrorCode::InvalidKey, "A passphrase ('///') cannot be used with a hex seed.");
        SecretBuffer seed = SecretBuffer::fromByteArray(raw);
        wipeByteArray(raw);
        for (const QString& j : u.hardJunctions)
            seed = hardDerive(seed, j);
        return Ed25519Key::fromSeed(seed);
    }
    auto mnemonic = Mnemonic::fromPhrase(u.phrase);
    if (!mnemonic)
        return mnemonic.error();
    return ed25519FromMnemonic(*mnemonic, u.hardJunctions, u.password);
}

} // namespace chainclient::crypto
