#include "chainclient/crypto/Keyfile.h"

#include "chainclient/crypto/Ss58.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringList>
#include <memory>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace chainclient::crypto {

using economics::ErrorCode;
using economics::makeError;

namespace {

constexpr int SaltSize = 16;
constexpr int IvSize = 12;
constexpr int TagSize = 16;
constexpr int AesKeySize = 32;
// scrypt needs 128*N*r bytes (32 MiB here); OpenSSL's default cap is exactly 32 MiB, so
// name a cap with headroom rather than rely on the default.
constexpr quint64 ScryptMaxMem = 64ull * 1024 * 1024;
const char* const FormatName = "subnetscope-keyfile";

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

QByteArray hex0x(const QByteArray& b) {
    return "0x" + b.toHex();
}

QByteArray fromHex0x(const QString& s) {
    return s.startsWith(QLatin1String("0x")) ? QByteArray::fromHex(s.mid(2).toLatin1()) : QByteArray();
}

bool deriveKey(const QString& password, const QByteArray& salt, unsigned char* out) {
    QByteArray pw = password.toUtf8();
    const bool ok = EVP_PBE_scrypt(pw.constData(), static_cast<size_t>(pw.size()),
                                   reinterpret_cast<const unsigned char*>(salt.constData()),
                                   static_cast<size_t>(salt.size()), Keyfile::ScryptN, Keyfile::ScryptR,
                                   Keyfile::ScryptP, ScryptMaxMem, out, AesKeySize) == 1;
    wipeByteArray(pw);
    return ok;
}

// Everything public that must not change without the password holder noticing.
QByteArray associatedData(const QJsonObject& o) {
    const QJsonObject kdf = o.value("kdf").toObject();
    const QStringList parts{QString::fromLatin1(FormatName),
                            QString::number(o.value("version").toInt()),
                            o.value("crypto_type").toString(),
                            o.value("public_key").toString(),
                            o.value("ss58").toString(),
                            kdf.value("name").toString(),
                            QString::number(kdf.value("n").toInteger()),
                            QString::number(kdf.value("r").toInteger()),
                            QString::number(kdf.value("p").toInteger()),
                            QStringLiteral("aes-256-gcm")};
    return parts.join(QLatin1Char('|')).toUtf8();
}

economics::Result<QJsonObject> readJson(const QString& path) {
    QFile f(path);
    if (!f.exists())
        return makeError(ErrorCode::WalletNotFound, "Key file " + path.toStdString() + " does not exist.");
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::StorageError, "Cannot read key file " + path.toStdString() + ".");
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
    if (!doc.isObject())
        return makeError(ErrorCode::StorageError,
                         "Key file " + path.toStdString() + " is damaged (not JSON).");
    return doc.object();
}

economics::Error damaged(const QString& path, const char* why) {
    return makeError(ErrorCode::StorageError, "Key file " + path.toStdString() + " is damaged: " + why + ".");
}

economics::Result<Keyfile::PublicInfo> publicFromEnvelope(const QJsonObject& o, const QString& path) {
    if (o.value("format").toString() != QLatin1String(FormatName))
        return damaged(path, "not a Subnetscope key file");
    if (o.value("version").toInt() != Keyfile::FormatVersion)
        return makeError(ErrorCode::StorageError, "Key file " + path.toStdString() +
                                                      " has unsupported version " +
                                                      std::to_string(o.value("version").toInt()) + ".");
    if (o.value("crypto_type").toString() != QLatin1String("ed25519"))
        return damaged(path, "unsupported key type");
    const QByteArray pk = fromHex0x(o.value("public_key").toString());
    if (pk.size() != Ed25519Key::PublicKeySize || Ss58::encode(pk) != o.value("ss58").toString())
        return damaged(path, "public key and address disagree");
    return Keyfile::PublicInfo{pk, o.value("ss58").toString()};
}

} // namespace

economics::Status Keyfile::writeAtomically(const QString& path, const QByteArray& data) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::StorageError,
                         "Cannot write " + path.toStdString() + ": " + f.errorString().toStdString());
    // Restrict the temporary file before any byte is written; rename keeps the mode.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (f.write(data) != data.size() || !f.commit())
        return makeError(ErrorCode::StorageError,
                         "Cannot write " + path.toStdString() + ": " + f.errorString().toStdString());
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return economics::okStatus();
}

economics::Status Keyfile::writeEncrypted(const QString& path, const Ed25519Key& key,
                                          const QString& password) {
    QByteArray salt(SaltSize, '\0');
    QByteArray iv(IvSize, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char*>(salt.data()), SaltSize) != 1 ||
        RAND_bytes(reinterpret_cast<unsigned char*>(iv.data()), IvSize) != 1)
        return makeError(ErrorCode::StorageError, "No secure randomness available to encrypt the key.");

    QJsonObject o;
    o["format"] = QString::fromLatin1(FormatName);
    o["version"] = FormatVersion;
    o["crypto_type"] = QStringLiteral("ed25519");
    o["public_key"] = QString::fromLatin1(hex0x(key.publicKey()));
    o["ss58"] = Ss58::encode(key.publicKey());
    o["kdf"] = QJsonObject{{"name", "scrypt"},
                           {"n", static_cast<qint64>(ScryptN)},
                           {"r", static_cast<qint64>(ScryptR)},
                           {"p", static_cast<qint64>(ScryptP)},
                           {"salt", QString::fromLatin1(salt.toBase64())}};

    unsigned char aesKey[AesKeySize];
    if (!deriveKey(password, salt, aesKey))
        return makeError(ErrorCode::StorageError, "Key derivation (scrypt) failed.");
    const QByteArray aad = associatedData(o);
    QByteArray ciphertext(static_cast<qsizetype>(key.seed().size()), '\0');
    QByteArray tag(TagSize, '\0');
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    const bool ok =
        ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, IvSize, nullptr) == 1 &&
        EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, aesKey,
                           reinterpret_cast<const unsigned char*>(iv.constData())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                          static_cast<int>(aad.size())) == 1 &&
        EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(ciphertext.data()), &len,
                          key.seed().data(), static_cast<int>(key.seed().size())) == 1 &&
        EVP_EncryptFinal_ex(ctx.get(), nullptr, &len) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, TagSize, tag.data()) == 1;
    OPENSSL_cleanse(aesKey, sizeof aesKey);
    if (!ok)
        return makeError(ErrorCode::StorageError, "Encrypting the key failed.");

    o["cipher"] = QJsonObject{{"name", "aes-256-gcm"},
                              {"iv", QString::fromLatin1(iv.toBase64())},
                              {"tag", QString::fromLatin1(tag.toBase64())}};
    o["ciphertext"] = QString::fromLatin1(ciphertext.toBase64());
    return writeAtomically(path, QJsonDocument(o).toJson(QJsonDocument::Indented));
}

economics::Result<Keyfile::PublicInfo> Keyfile::readEncryptedPublic(const QString& path) {
    auto json = readJson(path);
    if (!json)
        return json.error();
    return publicFromEnvelope(*json, path);
}

economics::Result<Ed25519Key> Keyfile::unlock(const QString& path, const QString& password,
                                              const QString& what) {
    // One read: the public checks and the decryption must see the same bytes.
    auto json = readJson(path);
    if (!json)
        return json.error();
    const QJsonObject& o = *json;
    auto pub = publicFromEnvelope(o, path);
    if (!pub)
        return pub.error();
    const QJsonObject kdf = o.value("kdf").toObject();
    const QJsonObject cipher = o.value("cipher").toObject();
    if (kdf.value("name").toString() != QLatin1String("scrypt") ||
        kdf.value("n").toInteger() != qint64(ScryptN) || kdf.value("r").toInteger() != qint64(ScryptR) ||
        kdf.value("p").toInteger() != qint64(ScryptP) ||
        cipher.value("name").toString() != QLatin1String("aes-256-gcm"))
        return damaged(path, "unexpected encryption parameters");
    const QByteArray salt = QByteArray::fromBase64(kdf.value("salt").toString().toLatin1());
    const QByteArray iv = QByteArray::fromBase64(cipher.value("iv").toString().toLatin1());
    QByteArray tag = QByteArray::fromBase64(cipher.value("tag").toString().toLatin1());
    const QByteArray ciphertext = QByteArray::fromBase64(o.value("ciphertext").toString().toLatin1());
    if (salt.size() != SaltSize || iv.size() != IvSize || tag.size() != TagSize ||
        ciphertext.size() != Ed25519Key::SeedSize)
        return damaged(path, "wrong field sizes");

    unsigned char aesKey[AesKeySize];
    if (!deriveKey(password, salt, aesKey))
        return makeError(ErrorCode::StorageError, "Key derivation (scrypt) failed.");
    const QByteArray aad = associatedData(o);
    SecretBuffer seed(static_cast<std::size_t>(ciphertext.size()));
    CipherCtx ctx(EVP_CIPHER_CTX_new(), EVP_CIPHER_CTX_free);
    int len = 0;
    const bool setup =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, IvSize, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, aesKey,
                           reinterpret_cast<const unsigned char*>(iv.constData())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(aad.constData()),
                          static_cast<int>(aad.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), seed.data(), &len,
                          reinterpret_cast<const unsigned char*>(ciphertext.constData()),
                          static_cast<int>(ciphertext.size())) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, TagSize, tag.data()) == 1;
    OPENSSL_cleanse(aesKey, sizeof aesKey);
    // GCM cannot tell a wrong password from an edited file; with the public fields checked
    // above, a wrong password is by far the likelier cause.
    if (!setup || EVP_DecryptFinal_ex(ctx.get(), nullptr, &len) != 1) {
        seed.wipe();
        return makeError(ErrorCode::WrongPassword,
                         "Wrong password for " + what.toStdString() + " (or its key file was modified).");
    }
    auto key = Ed25519Key::fromSeed(seed);
    if (!key)
        return key.error();
    if (key->publicKey() != pub->publicKey)
        return damaged(path, "the secret key does not match the public key");
    return key;
}

economics::Status Keyfile::writePublic(const QString& path, const QByteArray& publicKey) {
    const QString hex = QString::fromLatin1(hex0x(publicKey));
    const QJsonObject o{{"accountId", hex}, {"publicKey", hex}, {"ss58Address", Ss58::encode(publicKey)}};
    return writeAtomically(path, QJsonDocument(o).toJson(QJsonDocument::Indented));
}

economics::Result<Keyfile::PublicInfo> Keyfile::readPublic(const QString& path) {
    auto json = readJson(path);
    if (!json)
        return json.error();
    auto decoded = Ss58::decodeAccountId(json->value("ss58Address").toString());
    if (!decoded)
        return damaged(path, "the address is not valid SS58");
    if (fromHex0x(json->value("publicKey").toString()) != *decoded)
        return damaged(path, "public key and address disagree");
    return PublicInfo{*decoded, json->value("ss58Address").toString()};
}

} // namespace chainclient::crypto
