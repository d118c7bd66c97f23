#pragma once
// History as CSV for spreadsheets and tax tools: exact amounts (9 decimals, no grouping, never
// an exponent), times in UTC ISO 8601, one header line, RFC 4180 quoting, CRLF line ends.

#include "models/HistoryModel.h"

#include <QString>

namespace models {

QString historyCsv(const QVector<HistoryEntry>& entries);

} // namespace models
