#pragma once
// Substrate's hash functions: BLAKE2b (any 1..64-byte output, via libsodium because OpenSSL 3.0
// only has the fixed 512-bit digest) and "twox" (concatenated little-endian XXH64 words).

#include <QByteArray>
#include <cstdint>

namespace chainclient::crypto {

class Hashes {
  public:
    // outLen in bytes, 1..64. Aborts on an out-of-range length (a programming error).
    static QByteArray blake2b(const QByteArray& data, int outLen);
    static QByteArray blake2b128(const QByteArray& data) { return blake2b(data, 16); }
    static QByteArray blake2b256(const QByteArray& data) { return blake2b(data, 32); }
    static QByteArray blake2b512(const QByteArray& data) { return blake2b(data, 64); }

    // 8 bytes: XXH64(data, seed) little-endian.
    static QByteArray twox64(const QByteArray& data, std::uint64_t seed = 0);
    // Substrate's Twox128 / Twox256: XXH64 with seeds 0,1(,2,3), each word little-endian.
    static QByteArray twox128(const QByteArray& data);
    static QByteArray twox256(const QByteArray& data);

    // Storage-map hashers that keep the key readable after the hash (FRAME "Concat" hashers).
    static QByteArray blake2_128Concat(const QByteArray& data) { return blake2b128(data) + data; }
    static QByteArray twox64Concat(const QByteArray& data) { return twox64(data) + data; }

    // libsodium needs one sodium_init() before use; safe to call from any thread, any number of times.
    static void ensureSodium();
};

} // namespace chainclient::crypto
