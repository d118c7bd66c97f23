#include "chainclient/subtensor/Extrinsic.h"

#include "chainclient/crypto/Ed25519Key.h"
#include "chainclient/crypto/Hashes.h"
#include "chainclient/subtensor/ScaleWriter.h"

#include <algorithm>
#include <bit>

namespace chainclient::subtensor {
namespace {

using economics::ErrorCode;
using economics::makeError;

constexpr std::uint8_t kSignedV4 = 0x84;
constexpr std::uint8_t kMultiAddressId = 0;

std::span<const std::uint8_t> bytesOf(const QByteArray& b) {
    return {reinterpret_cast<const std::uint8_t*>(b.constData()), static_cast<std::size_t>(b.size())};
}

QByteArray toQ(const std::vector<std::uint8_t>& b) {
    return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}

QByteArray toQ(std::span<const std::uint8_t> b) {
    return QByteArray(reinterpret_cast<const char*>(b.data()), static_cast<qsizetype>(b.size()));
}

std::uint64_t quantizeFactor(std::uint64_t period) {
    return std::max<std::uint64_t>(period >> 12, 1);
}

} // namespace

Era Era::mortal(std::uint64_t period, std::uint64_t currentBlock) {
    Era e;
    e.period_ = std::clamp<std::uint64_t>(std::bit_ceil(std::max<std::uint64_t>(period, 1)), 4, 65536);
    const std::uint64_t q = quantizeFactor(e.period_);
    e.phase_ = currentBlock % e.period_ / q * q;
    return e;
}

QByteArray Era::encode() const {
    if (isImmortal())
        return QByteArray(1, '\0');
    const int tz = std::countr_zero(period_);
    const std::uint64_t low = static_cast<std::uint64_t>(std::clamp(tz - 1, 1, 15));
    const std::uint16_t encoded = static_cast<std::uint16_t>(low | ((phase_ / quantizeFactor(period_)) << 4));
    QByteArray out(2, '\0');
    out[0] = static_cast<char>(encoded & 0xff);
    out[1] = static_cast<char>(encoded >> 8);
    return out;
}

economics::Result<Era> Era::decode(ScaleReader& reader) {
    auto first = reader.readU8();
    if (!first)
        return first.error();
    if (*first == 0)
        return Era::immortal();
    auto second = reader.readU8();
    if (!second)
        return second.error();
    const std::uint16_t encoded = static_cast<std::uint16_t>(*first | (*second << 8));
    Era e;
    e.period_ = std::uint64_t{2} << (encoded % (1 << 4));
    e.phase_ = static_cast<std::uint64_t>(encoded >> 4) * quantizeFactor(e.period_);
    if (e.period_ < 4 || e.phase_ >= e.period_)
        return reader.error("invalid mortal era");
    return e;
}

std::uint64_t Era::birthBlock(std::uint64_t current) const {
    if (isImmortal())
        return 0;
    return (std::max(current, phase_) - phase_) / period_ * period_ + phase_;
}

QByteArray Extrinsic::extra(const SigningContext& ctx) {
    ScaleWriter w;
    w.writeCompact(ctx.nonce).writeCompact(ctx.tip).writeU8(0); // CheckMetadataHash: Disabled
    return ctx.era.encode() + toQ(w.bytes());
}

QByteArray Extrinsic::additionalSigned(const SigningContext& ctx) {
    ScaleWriter w;
    w.writeU32(ctx.specVersion).writeU32(ctx.transactionVersion);
    w.writeBytes(bytesOf(ctx.genesisHash));
    w.writeBytes(bytesOf(ctx.era.isImmortal() ? ctx.genesisHash : ctx.birthHash));
    w.writeU8(0); // metadata hash: None
    return toQ(w.bytes());
}

QByteArray Extrinsic::signingPayload(const QByteArray& callData, const SigningContext& ctx) {
    return callData + extra(ctx) + additionalSigned(ctx);
}

QByteArray Extrinsic::messageToSign(const QByteArray& payload) {
    return payload.size() > kHashThreshold ? crypto::Hashes::blake2b256(payload) : payload;
}

QByteArray Extrinsic::assemble(const QByteArray& signer, SignatureType type, const QByteArray& signature,
                               const SigningContext& ctx, const QByteArray& callData) {
    QByteArray body;
    body.append(static_cast<char>(kSignedV4));
    body.append(static_cast<char>(kMultiAddressId));
    body.append(signer);
    body.append(static_cast<char>(type));
    body.append(signature);
    body.append(extra(ctx));
    body.append(callData);
    ScaleWriter len;
    len.writeCompact(static_cast<std::uint64_t>(body.size()));
    return toQ(len.bytes()) + body;
}

QByteArray Extrinsic::signEd25519(const QByteArray& callData, const SigningContext& ctx,
                                  const crypto::Ed25519Key& key) {
    const QByteArray signature = key.sign(messageToSign(signingPayload(callData, ctx)));
    return assemble(key.publicKey(), SignatureType::Ed25519, signature, ctx, callData);
}

economics::Result<SignedExtrinsic> Extrinsic::decode(const QByteArray& bytes) {
    ScaleReader r(bytesOf(bytes));
    auto len = r.readLength();
    if (!len)
        return len.error();
    if (*len != r.remaining())
        return r.error("extrinsic length prefix does not match its size");
    auto version = r.readU8();
    if (!version)
        return version.error();
    if (*version != kSignedV4)
        return makeError(ErrorCode::NotSupported, "Only signed version-4 extrinsics are accepted.");
    auto addressType = r.readU8();
    if (!addressType)
        return addressType.error();
    if (*addressType != kMultiAddressId)
        return r.error("signer must be a MultiAddress::Id");
    SignedExtrinsic xt;
    auto signer = r.readBytes(32, "signer");
    if (!signer)
        return signer.error();
    xt.signer = toQ(*signer);
    auto sigType = r.readU8();
    if (!sigType)
        return sigType.error();
    if (*sigType > 2)
        return r.error("unknown signature type");
    xt.signatureType = static_cast<SignatureType>(*sigType);
    auto sig = r.readBytes(xt.signatureType == SignatureType::Ecdsa ? 65 : 64, "signature");
    if (!sig)
        return sig.error();
    xt.signature = toQ(*sig);
    auto era = Era::decode(r);
    if (!era)
        return era.error();
    xt.era = *era;
    auto nonce = r.readCompactU32();
    if (!nonce)
        return nonce.error();
    xt.nonce = *nonce;
    auto tip = r.readCompactU64();
    if (!tip)
        return tip.error();
    xt.tip = *tip;
    auto mode = r.readU8();
    if (!mode)
        return mode.error();
    if (*mode != 0)
        return makeError(ErrorCode::NotSupported, "Extrinsics with a metadata hash are not supported.");
    const std::size_t callStart = r.position();
    auto call = Call::decode(r);
    if (!call)
        return call.error();
    if (!r.atEnd())
        return r.error("trailing bytes after the call");
    xt.callData = bytes.mid(static_cast<qsizetype>(callStart));
    xt.call = std::move(call).value();
    return xt;
}

bool Extrinsic::verify(const SignedExtrinsic& xt, std::uint32_t specVersion, std::uint32_t transactionVersion,
                       const QByteArray& genesisHash, const QByteArray& birthHash) {
    if (xt.signatureType != SignatureType::Ed25519)
        return false;
    SigningContext ctx;
    ctx.specVersion = specVersion;
    ctx.transactionVersion = transactionVersion;
    ctx.genesisHash = genesisHash;
    ctx.birthHash = birthHash;
    ctx.era = xt.era;
    ctx.nonce = xt.nonce;
    ctx.tip = xt.tip;
    return crypto::Ed25519Key::verify(xt.signer, messageToSign(signingPayload(xt.callData, ctx)),
                                      xt.signature);
}

} // namespace chainclient::subtensor
