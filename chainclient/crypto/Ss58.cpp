#include "chainclient/crypto/Ss58.h"

#include "chainclient/crypto/Hashes.h"

#include <cstdlib>
#include <cstring>
#include <vector>

namespace chainclient::crypto {

using economics::ErrorCode;
using economics::makeError;

namespace {

constexpr char Alphabet[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

QByteArray base58Encode(const QByteArray& in) {
    // Repeated division of the big-endian number by 58; inputs are ~35 bytes so O(n^2) is fine.
    std::vector<unsigned char> digits; // little-endian base-58 digits
    for (char c : in) {
        int carry = static_cast<unsigned char>(c);
        for (auto& d : digits) {
            carry += d * 256;
            d = static_cast<unsigned char>(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(static_cast<unsigned char>(carry % 58));
            carry /= 58;
        }
    }
    QByteArray out;
    for (char c : in) {
        if (c != 0)
            break;
        out.append('1');
    }
    for (auto it = digits.rbegin(); it != digits.rend(); ++it)
        out.append(Alphabet[*it]);
    return out;
}

std::optional<QByteArray> base58Decode(const QByteArray& in) {
    std::vector<unsigned char> bytes; // little-endian base-256
    for (char c : in) {
        const char* p = nullptr;
        for (const char* a = Alphabet; *a; ++a)
            if (*a == c)
                p = a;
        if (!p)
            return std::nullopt;
        int carry = static_cast<int>(p - Alphabet);
        for (auto& b : bytes) {
            carry += b * 58;
            b = static_cast<unsigned char>(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(static_cast<unsigned char>(carry & 0xff));
            carry >>= 8;
        }
    }
    QByteArray out;
    for (char c : in) {
        if (c != '1')
            break;
        out.append('\0');
    }
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it)
        out.append(static_cast<char>(*it));
    return out;
}

QByteArray prefixBytes(std::uint16_t prefix) {
    if (prefix < 64)
        return QByteArray(1, static_cast<char>(prefix));
    // Two-byte form from the SS58 spec: 14 bits spread so that the first byte has bit 6 set.
    QByteArray out(2, '\0');
    out[0] = static_cast<char>(((prefix & 0xfc) >> 2) | 0x40);
    out[1] = static_cast<char>((prefix >> 8) | ((prefix & 0x03) << 6));
    return out;
}

QByteArray checksum(const QByteArray& body) {
    return Hashes::blake2b512("SS58PRE" + body).left(2);
}

} // namespace

QString Ss58::encode(const QByteArray& publicKey, std::uint16_t prefix) {
    if (publicKey.size() != 32 || prefix > 16383)
        std::abort();
    const QByteArray body = prefixBytes(prefix) + publicKey;
    return QString::fromLatin1(base58Encode(body + checksum(body)));
}

economics::Result<Ss58::Decoded> Ss58::decode(const QString& address) {
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::InvalidAddress, "The address is empty.");
    for (QChar ch : trimmed)
        if (ch.unicode() > 127 || !std::strchr(Alphabet, ch.toLatin1()))
            return makeError(ErrorCode::InvalidAddress, "The address contains '" + QString(ch).toStdString() +
                                                            "', which is not a base58 character.");
    const auto raw = base58Decode(trimmed.toLatin1());
    if (!raw || raw->isEmpty())
        return makeError(ErrorCode::InvalidAddress, "The address is not valid base58.");
    const QByteArray& data = *raw;
    // A 32-byte account with a 1- or 2-byte prefix and a 2-byte checksum: 35 or 36 bytes.
    if (data.size() != 35 && data.size() != 36)
        return makeError(ErrorCode::InvalidAddress, "The address has the wrong length for an account (" +
                                                        std::to_string(trimmed.size()) + " characters).");
    const auto first = static_cast<unsigned char>(data[0]);
    int prefixLen = 1;
    std::uint16_t prefix = first;
    if (first >= 128)
        return makeError(ErrorCode::InvalidAddress, "The address has a reserved SS58 prefix byte.");
    if (first >= 64) {
        const auto second = static_cast<unsigned char>(data[1]);
        const auto lower = static_cast<std::uint8_t>((first << 2) | (second >> 6));
        const auto upper = static_cast<std::uint16_t>(second & 0x3f);
        prefix = static_cast<std::uint16_t>(lower | (upper << 8));
        prefixLen = 2;
    }
    if (data.size() != prefixLen + 32 + 2)
        return makeError(ErrorCode::InvalidAddress, "The address has the wrong length for an account (" +
                                                        std::to_string(trimmed.size()) + " characters).");
    const QByteArray body = data.left(prefixLen + 32);
    if (checksum(body) != data.right(2))
        return makeError(ErrorCode::InvalidAddress,
                         "The address checksum does not match; check it for typos.");
    return Decoded{body.mid(prefixLen), prefix};
}

economics::Result<QByteArray> Ss58::decodeAccountId(const QString& address,
                                                    std::optional<std::uint16_t> expectedPrefix) {
    auto decoded = decode(address);
    if (!decoded)
        return decoded.error();
    if (expectedPrefix && decoded->prefix != *expectedPrefix)
        return makeError(ErrorCode::InvalidAddress, "The address is for network prefix " +
                                                        std::to_string(decoded->prefix) + ", expected " +
                                                        std::to_string(*expectedPrefix) + ".");
    return decoded->publicKey;
}

} // namespace chainclient::crypto
