#include "chainclient/crypto/Mnemonic.h"

#include <QFile>
#include <algorithm>
#include <cstdlib>
#include <openssl/rand.h>
#include <openssl/sha.h>

// The resource lives in a static library: it must be registered explicitly.
static void initBip39Resource() {
    Q_INIT_RESOURCE(bip39);
}

namespace chainclient::crypto {

using economics::ErrorCode;
using economics::makeError;

namespace {

bool validEntropySize(std::size_t n) {
    return n >= 16 && n <= 32 && n % 4 == 0;
}

// Bits of entropy ++ first (ENT/32) bits of SHA-256(entropy), as 11-bit word indices.
std::vector<int> wordIndices(const SecretBuffer& entropy) {
    unsigned char hash[SHA256_DIGEST_LENGTH];
    SHA256(entropy.data(), entropy.size(), hash);
    const std::size_t totalBits = entropy.size() * 8 + entropy.size() / 4;
    auto bit = [&](std::size_t i) {
        const unsigned char byte =
            i < entropy.size() * 8 ? entropy[i / 8] : hash[(i - entropy.size() * 8) / 8];
        return (byte >> (7 - i % 8)) & 1;
    };
    std::vector<int> out;
    for (std::size_t w = 0; w < totalBits / 11; ++w) {
        int idx = 0;
        for (std::size_t b = 0; b < 11; ++b)
            idx = (idx << 1) | bit(w * 11 + b);
        out.push_back(idx);
    }
    OPENSSL_cleanse(hash, sizeof hash);
    return out;
}

} // namespace

const QStringList& Mnemonic::wordlist() {
    static const QStringList words = [] {
        initBip39Resource();
        QFile f(QStringLiteral(":/bip39/english.txt"));
        QStringList list;
        if (f.open(QIODevice::ReadOnly))
            list = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (auto& w : list)
            w = w.trimmed();
        if (list.size() != 2048)
            std::abort(); // the build ships the list; without it no wallet can be made safely
        return list;
    }();
    return words;
}

economics::Result<Mnemonic> Mnemonic::fromEntropy(const SecretBuffer& entropy) {
    if (!validEntropySize(entropy.size()))
        return makeError(ErrorCode::InvalidMnemonic, "BIP39 entropy must be 16, 20, 24, 28 or 32 bytes.");
    return Mnemonic(entropy);
}

Mnemonic Mnemonic::generate(int words) {
    if (words != 12 && words != 24)
        std::abort();
    SecretBuffer entropy(static_cast<std::size_t>(words) * 4 / 3);
    if (RAND_bytes(entropy.data(), static_cast<int>(entropy.size())) != 1)
        std::abort(); // never fall back to weak randomness for keys
    return Mnemonic(std::move(entropy));
}

economics::Result<Mnemonic> Mnemonic::fromPhrase(const QString& phrase) {
    const QStringList given = phrase.simplified().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const auto n = given.size();
    if (n != 12 && n != 15 && n != 18 && n != 21 && n != 24)
        return makeError(ErrorCode::InvalidMnemonic,
                         "A recovery phrase has 12, 15, 18, 21 or 24 words; this one has " +
                             std::to_string(n) + ".");
    const QStringList& list = wordlist();
    std::vector<int> indices;
    for (qsizetype i = 0; i < n; ++i) {
        const auto it = std::lower_bound(list.begin(), list.end(), given[i]);
        if (it == list.end() || *it != given[i])
            return makeError(ErrorCode::InvalidMnemonic, "Word " + std::to_string(i + 1) + " ('" +
                                                             given[i].toStdString() +
                                                             "') is not in the BIP39 English word list.");
        indices.push_back(static_cast<int>(it - list.begin()));
    }
    SecretBuffer entropy(static_cast<std::size_t>(n) * 4 / 3);
    for (std::size_t bitIndex = 0; bitIndex < entropy.size() * 8; ++bitIndex) {
        const int word = indices[bitIndex / 11];
        const int bit = (word >> (10 - bitIndex % 11)) & 1;
        entropy.data()[bitIndex / 8] |= static_cast<std::uint8_t>(bit << (7 - bitIndex % 8));
    }
    const bool checksumOk = wordIndices(entropy) == indices;
    std::fill(indices.begin(), indices.end(), 0);
    if (!checksumOk)
        return makeError(ErrorCode::InvalidMnemonic,
                         "The recovery phrase checksum does not match; check the words and their order.");
    return Mnemonic(std::move(entropy));
}

QStringList Mnemonic::words() const {
    const QStringList& list = wordlist();
    QStringList out;
    for (int idx : wordIndices(entropy_))
        out.append(list[idx]);
    return out;
}

QString Mnemonic::phrase() const {
    return words().join(QLatin1Char(' '));
}

} // namespace chainclient::crypto
