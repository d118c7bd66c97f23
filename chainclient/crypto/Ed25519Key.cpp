#include "chainclient/crypto/Ed25519Key.h"

#include <cstdlib>
#include <openssl/evp.h>

namespace chainclient::crypto {

using economics::ErrorCode;
using economics::makeError;

economics::Result<Ed25519Key> Ed25519Key::fromSeed(const SecretBuffer& seed) {
    if (seed.size() != SeedSize)
        return makeError(ErrorCode::InvalidKey,
                         "An Ed25519 seed must be 32 bytes, got " + std::to_string(seed.size()) + ".");
    EVP_PKEY* raw = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, seed.data(), seed.size());
    if (!raw)
        return makeError(ErrorCode::InvalidKey, "OpenSSL rejected the Ed25519 seed.");
    Ed25519Key key;
    key.pkey_ = std::shared_ptr<EVP_PKEY>(raw, EVP_PKEY_free);
    key.seed_ = seed;
    key.publicKey_ = QByteArray(PublicKeySize, '\0');
    size_t len = PublicKeySize;
    if (EVP_PKEY_get_raw_public_key(raw, reinterpret_cast<unsigned char*>(key.publicKey_.data()), &len) !=
            1 ||
        len != PublicKeySize)
        return makeError(ErrorCode::InvalidKey, "OpenSSL could not compute the Ed25519 public key.");
    return key;
}

QByteArray Ed25519Key::sign(const QByteArray& message) const {
    QByteArray sig(SignatureSize, '\0');
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    size_t len = SignatureSize;
    // Ed25519 is one-shot: no digest is named, the message goes in whole.
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, pkey_.get()) != 1 ||
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &len,
                       reinterpret_cast<const unsigned char*>(message.constData()),
                       static_cast<size_t>(message.size())) != 1 ||
        len != SignatureSize)
        std::abort(); // a valid key cannot fail to sign; anything else is a broken OpenSSL
    return sig;
}

bool Ed25519Key::verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature) {
    if (publicKey.size() != PublicKeySize || signature.size() != SignatureSize)
        return false;
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> pkey(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char*>(publicKey.constData()),
                                    PublicKeySize),
        EVP_PKEY_free);
    if (!pkey)
        return false;
    std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, pkey.get()) != 1)
        return false;
    return EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
                            SignatureSize, reinterpret_cast<const unsigned char*>(message.constData()),
                            static_cast<size_t>(message.size())) == 1;
}

} // namespace chainclient::crypto
