#include "models/Format.h"

#include <QLocale>
#include <cmath>

namespace models {

QString formatAmount(double units, int decimals) {
    static const QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale.toString(units, 'f', decimals);
}

QString formatTao(quint64 rao, int decimals) {
    return formatAmount(static_cast<double>(rao) / 1e9, decimals) + QStringLiteral(" TAO");
}

QString formatAlpha(quint64 rao, const QString& symbol, int decimals) {
    return formatAmount(static_cast<double>(rao) / 1e9, decimals) + QLatin1Char(' ') +
           (symbol.isEmpty() ? QStringLiteral("Alpha") : symbol);
}

QString formatPrice(double taoPerAlpha) {
    // Keep about five significant digits without ever switching to an exponent.
    int decimals = 4;
    if (taoPerAlpha > 0 && taoPerAlpha < 1) decimals = std::min(9, 4 + static_cast<int>(std::ceil(-std::log10(taoPerAlpha))));
    return formatAmount(taoPerAlpha, decimals) + QStringLiteral(" TAO");
}

QString formatPercent(double fraction, int decimals) {
    return formatAmount(fraction * 100.0, decimals) + QStringLiteral(" %");
}

} // namespace models
