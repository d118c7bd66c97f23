#pragma once
// Writes what a table shows (header and display text, in view order) as RFC 4180 CSV.

#include <QString>

QT_BEGIN_NAMESPACE
class QAbstractItemModel;
QT_END_NAMESPACE

namespace models {

class CsvExport {
public:
    static QString toCsv(const QAbstractItemModel& model);
    // False (with *error set) if the file cannot be written.
    static bool write(const QAbstractItemModel& model, const QString& path, QString* error = nullptr);
};

} // namespace models
