#pragma once
// Amounts typed by people ("1.5", "0.002") to rao, exactly: integer digits only, never a
// double on the way (shared/cli.md: more than 9 decimals is an error, not a rounding).

#include "chainclient/economics/Result.h"

#include <QString>
#include <QStringView>
#include <cstdint>

namespace models {

class AmountParser {
public:
    // Parses a non-negative decimal in whole units (TAO or Alpha) into rao. Accepts "12",
    // "12.5", ".5" and "12." with surrounding blanks; rejects signs, exponents, separators,
    // more than 9 decimals and values above u64::MAX rao, each with its own sentence.
    // `unit` only names the currency in messages.
    static economics::Result<std::uint64_t> parse(QStringView text, QStringView unit = u"TAO");
};

} // namespace models
