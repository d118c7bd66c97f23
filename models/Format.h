#pragma once
// How numbers are written for people: labelled units, sensible rounding, never scientific
// notation (the brief's display rules). Pure functions so the rules are tested once.

#include <QString>
#include <QtGlobal>

namespace models {

QString formatTao(quint64 rao, int decimals = 2);          // "12,345.67 TAO"
QString formatAlpha(quint64 rao, const QString& symbol = QString(), int decimals = 2); // "1,234.50 α"
QString formatPrice(double taoPerAlpha);                    // "0.012345 TAO" – significant digits kept
QString formatPercent(double fraction, int decimals = 2);   // 0.1234 → "12.34 %"
QString formatAmount(double units, int decimals);           // grouped, fixed decimals, no exponent

} // namespace models
