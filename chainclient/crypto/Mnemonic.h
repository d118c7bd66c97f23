#pragma once
// BIP39 mnemonics (English list, 12-24 words). The entropy, not the phrase's seed, is what
// Substrate derives keys from, so a Mnemonic keeps the entropy and renders words on demand.

#include "chainclient/crypto/SecretBuffer.h"
#include "chainclient/economics/Result.h"

#include <QString>
#include <QStringList>

namespace chainclient::crypto {

class Mnemonic {
  public:
    // Validates word count (12/15/18/21/24), every word against the list, and the checksum.
    // Whitespace and letter case are normalised.
    static economics::Result<Mnemonic> fromPhrase(const QString& phrase);
    // entropy: 16, 20, 24, 28 or 32 bytes.
    static economics::Result<Mnemonic> fromEntropy(const SecretBuffer& entropy);
    // Fresh entropy from OpenSSL's CSPRNG; words must be 12 or 24 (anything else aborts).
    static Mnemonic generate(int words = 12);

    QString phrase() const;
    QStringList words() const;
    int wordCount() const { return static_cast<int>(entropy_.size() * 3 / 4); }
    const SecretBuffer& entropy() const { return entropy_; }

    // The 2048 English words, loaded once from the :/bip39/english.txt resource.
    static const QStringList& wordlist();

  private:
    explicit Mnemonic(SecretBuffer entropy) : entropy_(std::move(entropy)) {}
    SecretBuffer entropy_;
};

} // namespace chainclient::crypto
