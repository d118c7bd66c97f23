#include "chainclient/crypto/SecretBuffer.h"

#include <algorithm>
#include <openssl/crypto.h>

namespace chainclient::crypto {

SecretBuffer SecretBuffer::fromByteArray(const QByteArray& data) {
    return SecretBuffer(reinterpret_cast<const std::uint8_t*>(data.constData()),
                        static_cast<std::size_t>(data.size()));
}

SecretBuffer::SecretBuffer(SecretBuffer&& other) noexcept : bytes_(std::move(other.bytes_)) {
    other.bytes_.clear();
}

SecretBuffer& SecretBuffer::operator=(const SecretBuffer& other) {
    if (this != &other) {
        wipe();
        bytes_ = other.bytes_;
    }
    return *this;
}

SecretBuffer& SecretBuffer::operator=(SecretBuffer&& other) noexcept {
    if (this != &other) {
        wipe();
        bytes_ = std::move(other.bytes_);
        other.bytes_.clear();
    }
    return *this;
}

QByteArray SecretBuffer::toByteArray() const {
    return QByteArray(reinterpret_cast<const char*>(bytes_.data()), static_cast<qsizetype>(bytes_.size()));
}

SecretBuffer SecretBuffer::left(std::size_t n) const {
    return SecretBuffer(bytes_.data(), std::min(n, bytes_.size()));
}

void SecretBuffer::wipe() {
    if (!bytes_.empty())
        OPENSSL_cleanse(bytes_.data(), bytes_.size());
    bytes_.clear();
}

void wipeByteArray(QByteArray& data) {
    if (!data.isEmpty())
        OPENSSL_cleanse(data.data(), static_cast<size_t>(data.size()));
    data.clear();
}

} // namespace chainclient::crypto
