#pragma once
// An Ed25519 signing key (RFC 8032, pure Ed25519 as Substrate uses it) backed by OpenSSL 3.

#include "chainclient/crypto/SecretBuffer.h"
#include "chainclient/economics/Result.h"

#include <QByteArray>
#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace chainclient::crypto {

class Ed25519Key {
  public:
    static constexpr int SeedSize = 32;
    static constexpr int PublicKeySize = 32;
    static constexpr int SignatureSize = 64;

    // The 32-byte seed is the private key (Substrate's "mini secret" for ed25519).
    static economics::Result<Ed25519Key> fromSeed(const SecretBuffer& seed);

    QByteArray publicKey() const { return publicKey_; }
    const SecretBuffer& seed() const { return seed_; }
    QByteArray sign(const QByteArray& message) const;
    static bool verify(const QByteArray& publicKey, const QByteArray& message, const QByteArray& signature);

  private:
    Ed25519Key() = default;
    SecretBuffer seed_;
    QByteArray publicKey_;
    std::shared_ptr<EVP_PKEY> pkey_;
};

} // namespace chainclient::crypto
