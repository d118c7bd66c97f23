#include "models/HistoryModel.h"

#include "models/Format.h"
#include "models/store/ReadConnection.h"

#include <QDateTime>
#include <QSqlQuery>
#include <algorithm>

namespace models {
namespace {
constexpr qint64 kBlockMs = 12'000;

HistoryEntry fromTrade(const TradeRow& t) {
    HistoryEntry e;
    e.kind =
        t.side == chainclient::TradeSide::Stake ? HistoryEntry::Kind::Stake : HistoryEntry::Kind::Unstake;
    e.block = t.block;
    e.netuid = t.netuid;
    e.hotkey = t.hotkey;
    e.tao = t.tao;
    e.alpha = t.alpha;
    e.fee = t.fee;
    e.feeInAlpha = e.kind == HistoryEntry::Kind::Unstake;
    e.price = t.price;
    return e;
}
} // namespace

QString historyKindName(HistoryEntry::Kind kind) {
    switch (kind) {
    case HistoryEntry::Kind::Stake:
        return QStringLiteral("stake");
    case HistoryEntry::Kind::Unstake:
        return QStringLiteral("unstake");
    case HistoryEntry::Kind::Move:
        return QStringLiteral("move");
    case HistoryEntry::Kind::Transfer:
        return QStringLiteral("transfer");
    case HistoryEntry::Kind::Faucet:
        return QStringLiteral("faucet");
    case HistoryEntry::Kind::StakeTransfer:
        return QStringLiteral("transfer_stake");
    }
    return {};
}

HistoryModel::HistoryModel(QObject* parent) : QAbstractTableModel(parent) {}

QVector<HistoryEntry> HistoryModel::build(const QVector<TradeRow>& trades,
                                          const QVector<ActivityEntry>& activity,
                                          const std::function<qint64(quint64)>& timeOf) {
    return build(trades, {}, QString(), activity, timeOf);
}

QVector<HistoryEntry> HistoryModel::build(const QVector<TradeRow>& trades,
                                          const QVector<chainclient::TransferRecord>& transfers,
                                          const QString& coldkey, const QVector<ActivityEntry>& activity,
                                          const std::function<qint64(quint64)>& timeOf) {
    using TK = chainclient::TransferRecord::Kind;
    QVector<TradeRow> remaining = trades;
    QVector<HistoryEntry> fromStore;
    for (const chainclient::TransferRecord& t : transfers) {
        const bool out = t.from == coldkey;
        if (!out && t.to != coldkey)
            continue;
        if (t.kind == TK::Stake && t.from == t.to)
            continue; // to oneself across subnets: its two trade legs show as a move
        HistoryEntry e;
        if (t.kind == TK::Move) {
            // To another of one's hotkeys on the same subnet: no trade, so this is the row.
            e.kind = HistoryEntry::Kind::Move;
            e.block = t.block;
            e.netuid = t.netuid;
            e.hotkey = t.hotkey;
            e.destHotkey = t.destHotkey;
            e.alpha = t.alpha;
            e.tao = t.tao;
            e.price = t.alpha ? static_cast<double>(t.tao) / static_cast<double>(t.alpha) : 0;
            fromStore.push_back(e);
            continue;
        }
        e.kind = t.kind == TK::Tao     ? HistoryEntry::Kind::Transfer
                 : t.kind == TK::Stake ? HistoryEntry::Kind::StakeTransfer
                                       : HistoryEntry::Kind::Faucet;
        e.block = t.block;
        e.tao = t.tao;
        e.outgoing = out && t.kind != TK::Faucet;
        e.counterparty = out ? t.to : t.from;
        if (t.kind == TK::Stake) {
            e.netuid = t.netuid;
            if (t.destNetuid != t.netuid)
                e.destNetuid = t.destNetuid;
            e.hotkey = t.hotkey;
            e.alpha = t.alpha;
            e.price = t.alpha ? static_cast<double>(t.tao) / static_cast<double>(t.alpha) : 0;
            // Across subnets the chain also reports the sale (sender) and the purchase
            // (receiver) as trades: they are this row, not trades of their own.
            if (t.destNetuid != t.netuid) {
                const auto leg = std::find_if(remaining.begin(), remaining.end(), [&](const TradeRow& r) {
                    return r.block == t.block && r.hotkey == t.hotkey &&
                           (out ? r.side == chainclient::TradeSide::Unstake && r.netuid == t.netuid &&
                                      r.alpha == t.alpha
                                : r.side == chainclient::TradeSide::Stake && r.netuid == t.destNetuid);
                });
                if (leg != remaining.end()) {
                    e.fee = leg->fee;
                    e.feeInAlpha = out;
                    if (!out)
                        e.alpha = leg->alpha; // what arrived on the destination subnet
                    remaining.erase(leg);
                }
            }
        }
        fromStore.push_back(e);
    }
    // The journal is the fallback for what the store does not hold (yet).
    QVector<ActivityEntry> journal;
    for (const ActivityEntry& a : activity) {
        const auto kind =
            a.kind == QLatin1String("transfer") ? HistoryEntry::Kind::Transfer : HistoryEntry::Kind::Faucet;
        const bool stored = std::any_of(fromStore.begin(), fromStore.end(), [&](const HistoryEntry& e) {
            return e.kind == kind && e.block == a.block && e.tao == a.tao;
        });
        if (!stored)
            journal.push_back(a);
    }

    QVector<TradeRow> ordered = remaining;
    // Within a block the selling leg first, so a move's two legs meet whatever order they came in.
    std::stable_sort(ordered.begin(), ordered.end(), [](const TradeRow& a, const TradeRow& b) {
        if (a.block != b.block)
            return a.block < b.block;
        return a.side == chainclient::TradeSide::Unstake && b.side == chainclient::TradeSide::Stake;
    });
    QVector<HistoryEntry> out;
    QVector<bool> used(ordered.size(), false);
    for (int i = 0; i < ordered.size(); ++i) {
        if (used[i])
            continue;
        used[i] = true;
        HistoryEntry e = fromTrade(ordered[i]);
        if (e.kind == HistoryEntry::Kind::Unstake) {
            // The buying leg of a move: a stake in the same block on another subnet or hotkey.
            for (int j = i + 1; j < ordered.size() && ordered[j].block == e.block; ++j) {
                const TradeRow& s = ordered[j];
                if (used[j] || s.side != chainclient::TradeSide::Stake)
                    continue;
                used[j] = true;
                e.kind = HistoryEntry::Kind::Move;
                e.destNetuid = s.netuid;
                if (s.hotkey != e.hotkey)
                    e.destHotkey = s.hotkey;
                e.tao = s.tao;
                e.price = s.price;
                if (e.fee == 0) {
                    e.fee = s.fee;
                    e.feeInAlpha = false;
                }
                break;
            }
        }
        out.push_back(e);
    }
    for (const ActivityEntry& a : journal) {
        HistoryEntry e;
        e.kind =
            a.kind == QLatin1String("transfer") ? HistoryEntry::Kind::Transfer : HistoryEntry::Kind::Faucet;
        e.block = a.block;
        e.timeMs = a.timeMs;
        e.tao = a.tao;
        e.counterparty = a.counterparty;
        out.push_back(e);
    }
    out += fromStore;
    for (HistoryEntry& e : out)
        if (e.timeMs == 0 && timeOf)
            e.timeMs = timeOf(e.block);
    std::stable_sort(out.begin(), out.end(),
                     [](const HistoryEntry& a, const HistoryEntry& b) { return a.block > b.block; });
    return out;
}

std::function<qint64(quint64)> HistoryModel::storeClock(const QString& dbPath) {
    return [dbPath](quint64 block) -> qint64 {
        ReadConnection conn(dbPath);
        if (!conn.ok())
            return 0;
        QSqlQuery q(conn.db());
        q.prepare(QStringLiteral(
            "SELECT number, timestamp_ms FROM blocks WHERE number <= :b ORDER BY number DESC LIMIT 1"));
        q.bindValue(QStringLiteral(":b"), static_cast<qint64>(block));
        if (!q.exec() || !q.next())
            return 0;
        return q.value(1).toLongLong() + static_cast<qint64>(block - q.value(0).toULongLong()) * kBlockMs;
    };
}

QVector<chainclient::TransferRecord> HistoryModel::transfers(const QString& dbPath, const QString& coldkey,
                                                             int limit) {
    QVector<chainclient::TransferRecord> out;
    ReadConnection conn(dbPath);
    if (!conn.ok())
        return out;
    QSqlQuery q(conn.db());
    // A store older than the transfers table has none to offer.
    q.prepare(QStringLiteral(
        "SELECT t.block, t.kind, f.address, r.address, t.tao, t.alpha, t.netuid, t.dest_netuid, h.address,"
        " d.address FROM transfers t JOIN accounts r ON r.id = t.to_id LEFT JOIN accounts f ON f.id = t.from_id"
        " LEFT JOIN accounts h ON h.id = t.hotkey_id LEFT JOIN accounts d ON d.id = t.dest_hotkey_id"
        " WHERE t.id IN (SELECT id FROM transfers WHERE from_id = (SELECT id FROM accounts WHERE address = :a)"
        " UNION SELECT id FROM transfers WHERE to_id = (SELECT id FROM accounts WHERE address = :a))"
        " ORDER BY t.block, t.id LIMIT :n"));
    q.bindValue(QStringLiteral(":a"), coldkey);
    q.bindValue(QStringLiteral(":n"), limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        chainclient::TransferRecord t;
        t.block = q.value(0).toULongLong();
        t.kind = static_cast<chainclient::TransferRecord::Kind>(q.value(1).toInt());
        t.from = q.value(2).toString();
        t.to = q.value(3).toString();
        t.tao = q.value(4).toULongLong();
        t.alpha = q.value(5).toULongLong();
        t.netuid = static_cast<quint16>(q.value(6).toUInt());
        t.destNetuid = static_cast<quint16>(q.value(7).toUInt());
        t.hotkey = q.value(8).toString();
        t.destHotkey = q.value(9).toString();
        out.push_back(t);
    }
    return out;
}

QVector<ActivityEntry> HistoryModel::balanceChanges(const QString& dbPath, const QString& coldkey,
                                                   const QVector<ActivityEntry>& journal) {
    QVector<ActivityEntry> out;
    for (const HistoryEntry& e : build({}, transfers(dbPath, coldkey), coldkey, journal, {})) {
        if (e.kind == HistoryEntry::Kind::Faucet)
            out.push_back({QStringLiteral("faucet"), e.block, e.timeMs, e.tao, QString()});
        else if (e.kind == HistoryEntry::Kind::Transfer)
            out.push_back({e.outgoing ? QStringLiteral("transfer_out") : QStringLiteral("transfer_in"), e.block,
                           e.timeMs, e.tao, e.counterparty});
    }
    return out;
}

void HistoryModel::refresh(const QString& dbPath, const QString& dataDir, const QString& wallet,
                           const QString& coldkey) {
    if (coldkey.isEmpty())
        return setEntries({});
    setEntries(build(MarketQueries::trades(dbPath, coldkey, 100'000), transfers(dbPath, coldkey), coldkey,
                     WalletManager::activity(dataDir, wallet), storeClock(dbPath)));
}

void HistoryModel::setEntries(QVector<HistoryEntry> entries) {
    beginResetModel();
    entries_ = std::move(entries);
    endResetModel();
}

void HistoryModel::setHideBalances(bool hide) {
    if (hide == hide_)
        return;
    hide_ = hide;
    if (!entries_.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int HistoryModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : entries_.size();
}
int HistoryModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= entries_.size())
        return {};
    const HistoryEntry& e = entries_[index.row()];
    if (role == Qt::ToolTipRole && index.column() == Hotkey)
        return e.counterparty.isEmpty() ? e.hotkey
                                        : (e.outgoing ? tr("To %1") : tr("From %1")).arg(e.counterparty) +
                                              (e.hotkey.isEmpty() ? QString() : QLatin1Char('\n') + e.hotkey);
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Tao ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    const auto mask = [this](const QString& s) { return hide_ ? QStringLiteral("••••••") : s; };
    const bool trade = e.kind != HistoryEntry::Kind::Faucet && e.kind != HistoryEntry::Kind::Transfer;
    const auto shortKey = [](const QString& k) { return k.left(6) + QStringLiteral("…") + k.right(6); };
    switch (index.column()) {
    case Time:
        return e.timeMs
                   ? QDateTime::fromMSecsSinceEpoch(e.timeMs).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                   : QString();
    case Block:
        return QString::number(e.block);
    case Kind:
        switch (e.kind) {
        case HistoryEntry::Kind::Stake:
            return tr("Stake");
        case HistoryEntry::Kind::Unstake:
            return tr("Unstake");
        case HistoryEntry::Kind::Move:
            return tr("Move");
        case HistoryEntry::Kind::Transfer:
            return tr("Transfer");
        case HistoryEntry::Kind::Faucet:
            return tr("Faucet");
        case HistoryEntry::Kind::StakeTransfer:
            return e.outgoing ? tr("Stake sent") : tr("Stake received");
        }
        return {};
    case Subnet:
        if (!trade)
            return QString();
        return e.destNetuid ? QStringLiteral("%1 → %2").arg(e.netuid).arg(*e.destNetuid)
                            : QString::number(e.netuid);
    case Hotkey:
        // Transfers name the other side: "→ to" for what was sent, "← from" for what arrived.
        if (!e.counterparty.isEmpty())
            return (e.outgoing ? QStringLiteral("→ ") : QStringLiteral("← ")) + shortKey(e.counterparty);
        if (!e.destHotkey.isEmpty())
            return shortKey(e.hotkey) + QStringLiteral(" → ") + shortKey(e.destHotkey);
        return e.hotkey.isEmpty() ? QString() : shortKey(e.hotkey);
    case Tao:
        return mask((e.outgoing && e.kind == HistoryEntry::Kind::Transfer ? QStringLiteral("−") : QString()) +
                    formatTao(e.tao, 4));
    case Alpha:
        return trade ? mask(formatAlpha(e.alpha, QStringLiteral("Alpha"), 4)) : QString();
    case Price:
        return trade ? formatPrice(e.price) : QString();
    case Fee:
        if (!trade || (e.kind == HistoryEntry::Kind::StakeTransfer && e.fee == 0))
            return QString();
        return mask(e.feeInAlpha ? formatAlpha(e.fee, QStringLiteral("Alpha"), 6) : formatTao(e.fee, 6));
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Block:
        return tr("Block");
    case Kind:
        return tr("Type");
    case Subnet:
        return tr("Subnet");
    case Hotkey:
        return tr("Hotkey");
    case Tao:
        return tr("TAO");
    case Alpha:
        return tr("Alpha");
    case Price:
        return tr("Price (TAO/Alpha)");
    case Fee:
        return tr("Fee");
    }
    return {};
}

} // namespace models
