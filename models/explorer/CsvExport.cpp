#include "models/explorer/CsvExport.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace models {
namespace {

QString field(const QString& text) {
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n'))) return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString CsvExport::toCsv(const QAbstractItemModel& model) {
    QString out;
    QStringList cells;
    for (int c = 0; c < model.columnCount(); ++c) cells << field(model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString());
    out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    for (int r = 0; r < model.rowCount(); ++r) {
        cells.clear();
        for (int c = 0; c < model.columnCount(); ++c) cells << field(model.index(r, c).data(Qt::DisplayRole).toString());
        out += cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
    }
    return out;
}

bool CsvExport::write(const QAbstractItemModel& model, const QString& path, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(model).toUtf8()) < 0 || !file.commit()) {
        if (error) *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace models
