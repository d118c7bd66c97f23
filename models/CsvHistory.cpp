#include "models/CsvHistory.h"

#include "chainclient/economics/Money.h"

#include <QDateTime>

namespace models {
namespace {
QString units(quint64 rao) {
    return QString::fromStdString(economics::formatUnits(rao, 9));
}

QString field(const QString& s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n')))
        return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}
} // namespace

QString historyCsv(const QVector<HistoryEntry>& entries) {
    QString out = QStringLiteral(
        "time_utc,block,type,netuid,dest_netuid,hotkey,tao,alpha,price_tao_per_alpha,fee,fee_unit,"
        "direction,counterparty,dest_hotkey\r\n");
    for (const HistoryEntry& e : entries) {
        const bool trade = e.kind != HistoryEntry::Kind::Faucet && e.kind != HistoryEntry::Kind::Transfer;
        QStringList f;
        f << (e.timeMs ? QDateTime::fromMSecsSinceEpoch(e.timeMs, Qt::UTC).toString(Qt::ISODate) : QString())
          << QString::number(e.block) << historyKindName(e.kind)
          << (trade ? QString::number(e.netuid) : QString())
          << (e.destNetuid ? QString::number(*e.destNetuid) : QString()) << field(e.hotkey) << units(e.tao)
          << (trade ? units(e.alpha) : QString()) << (trade ? QString::number(e.price, 'f', 9) : QString())
          << (trade ? units(e.fee) : QString())
          << (trade ? (e.feeInAlpha ? QStringLiteral("Alpha") : QStringLiteral("TAO")) : QString())
          << (trade && e.kind != HistoryEntry::Kind::StakeTransfer ? QString()
              : e.outgoing                                          ? QStringLiteral("out")
                                                                    : QStringLiteral("in"))
          << field(e.counterparty) << field(e.destHotkey);
        out += f.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace models
