#include "chainclient/crypto/Hashes.h"

#include <cstdlib>
#include <sodium.h>
#include <xxhash.h>

namespace chainclient::crypto {

void Hashes::ensureSodium() {
    // A function-local static is initialised exactly once even with concurrent callers.
    static const bool ready = [] { return sodium_init() >= 0; }();
    if (!ready)
        std::abort(); // no usable libsodium means no crypto at all; never continue silently
}

QByteArray Hashes::blake2b(const QByteArray& data, int outLen) {
    if (outLen < 1 || outLen > static_cast<int>(crypto_generichash_BYTES_MAX))
        std::abort();
    ensureSodium();
    QByteArray out(outLen, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(outLen),
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return out;
}

QByteArray Hashes::twox64(const QByteArray& data, std::uint64_t seed) {
    const XXH64_hash_t h = XXH64(data.constData(), static_cast<size_t>(data.size()), seed);
    QByteArray out(8, '\0');
    for (int i = 0; i < 8; ++i)
        out[i] = static_cast<char>((h >> (8 * i)) & 0xff);
    return out;
}

QByteArray Hashes::twox128(const QByteArray& data) {
    return twox64(data, 0) + twox64(data, 1);
}

QByteArray Hashes::twox256(const QByteArray& data) {
    return twox64(data, 0) + twox64(data, 1) + twox64(data, 2) + twox64(data, 3);
}

} // namespace chainclient::crypto
