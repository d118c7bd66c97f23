#include "models/explorer/ValidatorListModel.h"

#include "models/Format.h"
#include "models/explorer/ExplorerQueries.h"
#include "models/store/ReadConnection.h"
#include "models/store/StoreQueries.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

namespace models {

ValidatorListModel::ValidatorListModel(QString dbPath, QObject* parent) : QAbstractTableModel(parent), dbPath_(std::move(dbPath)) {}

QVector<ValidatorRow> ValidatorListModel::load(const QString& dbPath) {
    QVector<ValidatorRow> out;
    ReadConnection conn(dbPath);
    if (!conn.ok()) return out;
    QSqlDatabase db = conn.db();
    QHash<QString, ValidatorRow> rows;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT a.address, d.take, d.nominators, d.total_stake FROM delegates d JOIN accounts a ON a.id = d.hotkey_id")))
        while (q.next()) {
            ValidatorRow& r = rows[q.value(0).toString()];
            r.hotkey = q.value(0).toString();
            r.take = q.value(1).toDouble() / 65535.0;
            r.nominators = q.value(2).toInt();
            r.totalStake = q.value(3).toULongLong();
        }
    QHash<int, chainclient::SubnetSnapshot> subnets;
    for (const auto& s : StoreQueries::latestSubnets(dbPath)) subnets.insert(s.netuid, s);
    QVector<QPair<int, quint64>> epochs;
    if (q.exec(QStringLiteral("SELECT netuid, MAX(block) FROM metagraph GROUP BY netuid")))
        while (q.next()) epochs.push_back({q.value(0).toInt(), q.value(1).toULongLong()});
    QSqlQuery m(db);
    m.prepare(QStringLiteral("SELECT a.address, m.emission FROM metagraph m JOIN accounts a ON a.id = m.hotkey_id"
                             " WHERE m.netuid = ? AND m.block = ? AND m.validator_permit = 1"));
    for (const auto& [netuid, block] : epochs) {
        const auto sn = subnets.constFind(netuid);
        if (sn == subnets.constEnd()) continue;
        const double epochsPerDay = static_cast<double>(kBlocksPerDay) / std::max<quint16>(1, sn->tempo);
        m.bindValue(0, netuid);
        m.bindValue(1, static_cast<qulonglong>(block));
        if (!m.exec()) continue;
        while (m.next()) {
            ValidatorRow& r = rows[m.value(0).toString()];
            r.hotkey = m.value(0).toString();
            r.subnets.push_back(netuid);
            r.dividendsPerDayTao += static_cast<double>(m.value(1).toULongLong()) / 1e9 * epochsPerDay * sn->price;
        }
    }
    for (auto& r : rows) {
        std::sort(r.subnets.begin(), r.subnets.end());
        if (r.totalStake > 0) {
            const double daily = r.dividendsPerDayTao * (1.0 - r.take.value_or(0.0)) / (static_cast<double>(r.totalStake) / 1e9);
            r.apy = std::pow(1.0 + daily, 365.0) - 1.0;
        }
        out.push_back(r);
    }
    std::sort(out.begin(), out.end(), [](const ValidatorRow& a, const ValidatorRow& b) { return a.totalStake > b.totalStake; });
    return out;
}

bool ValidatorListModel::refresh() {
    auto rows = load(dbPath_);
    const bool same = rows.size() == rows_.size() &&
                      std::equal(rows.begin(), rows.end(), rows_.begin(), [](const auto& a, const auto& b) { return a.hotkey == b.hotkey; });
    if (same) {
        rows_ = std::move(rows);
        if (!rows_.isEmpty()) emit dataChanged(index(0, 0), index(static_cast<int>(rows_.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        rows_ = std::move(rows);
        endResetModel();
    }
    return true;
}

int ValidatorListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }
int ValidatorListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ValidatorListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size()) return {};
    const auto& r = rows_[index.row()];
    if (role == SortRole) {
        switch (index.column()) {
        case Hotkey: return r.hotkey;
        case Take: return r.take.value_or(-1);
        case TotalStake: return static_cast<qulonglong>(r.totalStake);
        case Nominators: return r.nominators;
        case DividendsPerDay: return r.dividendsPerDayTao;
        case Apy: return r.apy.value_or(-1);
        case Subnets: return static_cast<int>(r.subnets.size());
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Hotkey) return r.hotkey;
    if (role == Qt::ToolTipRole && index.column() == Subnets) {
        QStringList all;
        for (int n : r.subnets) all << QString::number(n);
        return all.join(QStringLiteral(", "));
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() != Hotkey && index.column() != Subnets ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Hotkey: return r.hotkey.left(8) + QStringLiteral("…") + r.hotkey.right(6);
    case Take: return r.take ? formatPercent(*r.take) : QStringLiteral("—");
    case TotalStake: return formatTao(r.totalStake, 0);
    case Nominators: return r.nominators;
    case DividendsPerDay: return formatAmount(r.dividendsPerDayTao, 2) + QStringLiteral(" TAO");
    case Apy:
        // Compounding a young chain's yields gives absurd numbers; say so instead of printing them.
        if (!r.apy) return QStringLiteral("—");
        return *r.apy > 100.0 ? QStringLiteral("> 10,000 %") : formatPercent(*r.apy, 1);
    case Subnets: {
        if (r.subnets.isEmpty()) return tr("none");
        QStringList list;
        for (int n : r.subnets.mid(0, 6)) list << QString::number(n);
        if (r.subnets.size() > 6) list << tr("+%1 more").arg(r.subnets.size() - 6);
        return QStringLiteral("%1: %2").arg(r.subnets.size()).arg(list.join(QStringLiteral(", ")));
    }
    default: return {};
    }
}

QVariant ValidatorListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Hotkey: return tr("The validator's hotkey (SS58)");
        case Take: return tr("Share of dividends the validator keeps before nominators are paid");
        case TotalStake: return tr("All TAO value staked to this delegate");
        case Nominators: return tr("Coldkeys staking to this delegate");
        case DividendsPerDay: return tr("Alpha the validator earned at each subnet's last epoch, times epochs per day, valued at today's spot price");
        case Apy: return tr("Estimate for nominators: dividends per day after take over total stake, compounded daily for a year; "
                            "prices and emissions change, so this is not a promise");
        case Subnets: return tr("Subnets where it holds a validator permit");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Hotkey: return tr("Hotkey");
    case Take: return tr("Take");
    case TotalStake: return tr("Total stake (TAO)");
    case Nominators: return tr("Nominators");
    case DividendsPerDay: return tr("Dividends / day (TAO)");
    case Apy: return tr("APY estimate");
    case Subnets: return tr("Subnets validated");
    default: return {};
    }
}

} // namespace models
