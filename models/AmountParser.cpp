#include "models/AmountParser.h"

#include "chainclient/economics/Money.h"

#include <limits>

namespace models {
namespace {

economics::Error invalid(const QString& message) {
    return economics::makeError(economics::ErrorCode::InvalidAmount, message.toStdString());
}

} // namespace

economics::Result<std::uint64_t> AmountParser::parse(QStringView text, QStringView unit) {
    const QStringView s = text.trimmed();
    const QString shown = s.toString();
    const QString unitText = unit.toString();
    if (s.isEmpty()) return invalid(QStringLiteral("The %1 amount is empty.").arg(unitText));
    if (s.front() == u'-') return invalid(QStringLiteral("The %1 amount '%2' is negative.").arg(unitText, shown));
    if (s.front() == u'+')
        return invalid(QStringLiteral("The %1 amount '%2' must be written without a sign.").arg(unitText, shown));

    constexpr int kDecimals = 9;
    // Accumulates in 128 bits so that "too large" is detected exactly, whatever the length.
    economics::u128 whole = 0;
    economics::u128 fraction = 0;
    int fractionDigits = 0;
    int digits = 0;
    bool seenPoint = false;
    bool tooLarge = false;
    const economics::u128 limit = std::numeric_limits<std::uint64_t>::max();
    for (const QChar c : s) {
        if (c == u'.') {
            if (seenPoint)
                return invalid(QStringLiteral("The %1 amount '%2' has more than one decimal point.").arg(unitText, shown));
            seenPoint = true;
            continue;
        }
        if (c < u'0' || c > u'9')
            return invalid(QStringLiteral("The %1 amount '%2' is not a decimal number (unexpected '%3'; write e.g. 1.5).")
                               .arg(unitText, shown, QString(c)));
        ++digits;
        const unsigned d = static_cast<unsigned>(c.unicode() - u'0');
        if (seenPoint) {
            if (++fractionDigits > kDecimals)
                return invalid(QStringLiteral("The %1 amount '%2' has more than 9 decimals; 1 rao (0.000000001) is the smallest unit.")
                                   .arg(unitText, shown));
            fraction = fraction * 10 + d;
        } else {
            // Stops accumulating once past u64 so 128 bits never wrap; the rest is still checked.
            if (!tooLarge) whole = whole * 10 + d;
            tooLarge = tooLarge || whole > limit;
        }
    }
    if (digits == 0) return invalid(QStringLiteral("The %1 amount '%2' has no digits.").arg(unitText, shown));
    for (int i = fractionDigits; i < kDecimals; ++i) fraction *= 10;
    const economics::u128 rao = tooLarge ? 0 : whole * economics::kRaoPerTao + fraction;
    if (tooLarge || rao > limit)
        return invalid(QStringLiteral("The %1 amount '%2' is too large (at most 18446744073.709551615).").arg(unitText, shown));
    return static_cast<std::uint64_t>(rao);
}

} // namespace models
