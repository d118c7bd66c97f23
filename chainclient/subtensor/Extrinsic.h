#pragma once
// Signed extrinsics, format version 4, as the spec-343..425 runtime encodes them
// (chain-protocol.md §3): compact(len) 0x84 0x00 signer sig-type signature extra call, where
// extra = era, Compact nonce, Compact tip, metadata-hash mode, and the signature covers
// call ++ extra ++ spec_version ++ tx_version ++ genesis ++ era-birth hash ++ None
// (blake2-256 of that when it is longer than 256 bytes). Ed25519 signing (MultiSignature 0).

#include "chainclient/economics/Result.h"
#include "chainclient/subtensor/ExtrinsicCall.h"

#include <QByteArray>
#include <cstdint>

namespace chainclient::crypto {
class Ed25519Key;
}

namespace chainclient::subtensor {

class Era {
  public:
    static Era immortal() { return Era(); }
    // period rounded up to a power of two and clamped to 4..65536; phase = current mod period.
    static Era mortal(std::uint64_t period, std::uint64_t currentBlock);

    bool isImmortal() const { return period_ == 0; }
    std::uint64_t period() const { return period_; }
    std::uint64_t phase() const { return phase_; }
    QByteArray encode() const;
    static economics::Result<Era> decode(ScaleReader& reader);

    // The block the signer must have seen (its hash is signed), for a check made at `current`:
    // the most recent block ≤ current whose number is ≡ phase (mod period). 0 for immortal.
    std::uint64_t birthBlock(std::uint64_t current) const;

  private:
    std::uint64_t period_ = 0; // 0 = immortal
    std::uint64_t phase_ = 0;
};

// What a signer commits to besides the call ("extra" and "additional signed").
struct SigningContext {
    std::uint32_t specVersion = 0;
    std::uint32_t transactionVersion = 0;
    QByteArray genesisHash; // 32 bytes
    QByteArray birthHash;   // 32 bytes: hash of era.birthBlock(current); the genesis hash if immortal
    Era era;
    std::uint64_t nonce = 0; // Compact<u32> on the wire
    std::uint64_t tip = 0;
};

enum class SignatureType : std::uint8_t { Ed25519 = 0, Sr25519 = 1, Ecdsa = 2 };

// A decoded signed extrinsic; `payloadExtra` keeps the exact extra bytes as sent.
struct SignedExtrinsic {
    QByteArray signer; // AccountId32
    SignatureType signatureType = SignatureType::Ed25519;
    QByteArray signature; // 64 bytes (65 for ECDSA)
    Era era;
    std::uint64_t nonce = 0;
    std::uint64_t tip = 0;
    std::uint8_t metadataHashMode = 0;
    QByteArray callData;
    Call call;
};

class Extrinsic {
  public:
    static constexpr int kHashThreshold = 256;

    static QByteArray extra(const SigningContext& ctx);
    static QByteArray additionalSigned(const SigningContext& ctx);
    static QByteArray signingPayload(const QByteArray& callData, const SigningContext& ctx);
    // The bytes actually signed: the payload, or its blake2-256 when longer than 256 bytes.
    static QByteArray messageToSign(const QByteArray& payload);

    static QByteArray assemble(const QByteArray& signer, SignatureType type, const QByteArray& signature,
                               const SigningContext& ctx, const QByteArray& callData);
    // Build, sign with ed25519 and assemble.
    static QByteArray signEd25519(const QByteArray& callData, const SigningContext& ctx,
                                  const crypto::Ed25519Key& key);

    // Parses the whole buffer (length prefix included); any deviation is an error.
    static economics::Result<SignedExtrinsic> decode(const QByteArray& bytes);
    // Signature check against the chain's parameters (ed25519 only; other schemes fail).
    static bool verify(const SignedExtrinsic& xt, std::uint32_t specVersion, std::uint32_t transactionVersion,
                       const QByteArray& genesisHash, const QByteArray& birthHash);
};

} // namespace chainclient::subtensor
