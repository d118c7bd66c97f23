#pragma once
// Bytes that must not outlive their use: wiped with OPENSSL_cleanse when destroyed or
// overwritten, so seeds and entropy do not linger in freed heap memory.

#include <QByteArray>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace chainclient::crypto {

class SecretBuffer {
  public:
    SecretBuffer() = default;
    explicit SecretBuffer(std::size_t size) : bytes_(size, 0) {}
    SecretBuffer(const std::uint8_t* data, std::size_t size) : bytes_(data, data + size) {}
    // Copies out of a QByteArray; the caller stays responsible for wiping its own copy.
    static SecretBuffer fromByteArray(const QByteArray& data);

    SecretBuffer(const SecretBuffer& other) : bytes_(other.bytes_) {}
    SecretBuffer(SecretBuffer&& other) noexcept;
    SecretBuffer& operator=(const SecretBuffer& other);
    SecretBuffer& operator=(SecretBuffer&& other) noexcept;
    ~SecretBuffer() { wipe(); }

    std::uint8_t* data() { return bytes_.data(); }
    const std::uint8_t* data() const { return bytes_.data(); }
    std::size_t size() const { return bytes_.size(); }
    bool empty() const { return bytes_.empty(); }
    std::uint8_t operator[](std::size_t i) const { return bytes_[i]; }

    // Only for feeding APIs that take QByteArray (e.g. hashing); wipe the copy after use.
    QByteArray toByteArray() const;
    SecretBuffer left(std::size_t n) const;
    void wipe();

  private:
    std::vector<std::uint8_t> bytes_;
};

// Overwrites a QByteArray that held secret bytes (QByteArray itself never does this).
void wipeByteArray(QByteArray& data);

} // namespace chainclient::crypto
