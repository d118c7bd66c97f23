#include "models/explorer/MetagraphModel.h"

#include "models/Format.h"
#include "models/store/MarketQueries.h"

namespace models {

MetagraphModel::MetagraphModel(QString dbPath, QObject* parent) : QAbstractTableModel(parent), dbPath_(std::move(dbPath)) {}

void MetagraphModel::load(int netuid, const QString& symbol) {
    quint64 epoch = 0;
    auto rows = MarketQueries::metagraph(dbPath_, static_cast<quint16>(netuid), &epoch);
    beginResetModel();
    rows_ = std::move(rows);
    symbol_ = symbol;
    epochBlock_ = epoch;
    endResetModel();
}

int MetagraphModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }
int MetagraphModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant MetagraphModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size()) return {};
    const auto& r = rows_[index.row()];
    if (role == SortRole) {
        switch (index.column()) {
        case Uid: return r.uid;
        case Hotkey: return r.hotkey;
        case Coldkey: return r.coldkey;
        case Stake: return static_cast<qulonglong>(r.stake);
        case Incentive: return r.incentive;
        case Dividends: return r.dividends;
        case Emission: return static_cast<qulonglong>(r.emission);
        case ValidatorTrust: return r.validatorTrust;
        case Permit: return r.validatorPermit;
        case Active: return r.active;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole && (index.column() == Hotkey || index.column() == Coldkey))
        return index.column() == Hotkey ? r.hotkey : r.coldkey;
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Stake && index.column() <= ValidatorTrust ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                           : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    const auto shortKey = [](const QString& k) { return k.size() > 14 ? k.left(6) + QStringLiteral("…") + k.right(6) : k; };
    switch (index.column()) {
    case Uid: return r.uid;
    case Hotkey: return shortKey(r.hotkey);
    case Coldkey: return shortKey(r.coldkey);
    case Stake: return formatAlpha(r.stake, symbol_, 2);
    case Incentive: return formatAmount(r.incentive, 4);
    case Dividends: return formatAmount(r.dividends, 4);
    case Emission: return formatAlpha(r.emission, symbol_, 4);
    case ValidatorTrust: return formatAmount(r.validatorTrust, 4);
    case Permit: return r.validatorPermit ? tr("yes") : tr("no");
    case Active: return r.active ? tr("yes") : tr("no");
    default: return {};
    }
}

QVariant MetagraphModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Uid: return tr("The slot number of this neuron on the subnet (0 to max UIDs − 1)");
        case Hotkey: return tr("The neuron's hotkey (SS58); hover a row for the full key");
        case Coldkey: return tr("The coldkey that owns the hotkey (SS58)");
        case Stake: return tr("Stake weight: Alpha staked on the hotkey plus its root TAO stake × TAO weight, counted in Alpha");
        case Incentive: return tr("Share of the miners' emission this UID earned at the last epoch (0–1)");
        case Dividends: return tr("Share of the validators' emission this UID earned at the last epoch (0–1)");
        case Emission: return tr("Alpha this UID received at the last epoch");
        case ValidatorTrust: return tr("How much of its weight the consensus kept (validators, 0–1)");
        case Permit: return tr("Whether the UID holds a validator permit");
        case Active: return tr("Whether it set weights within the activity cutoff");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Uid: return tr("UID");
    case Hotkey: return tr("Hotkey");
    case Coldkey: return tr("Coldkey");
    case Stake: return tr("Stake (α)");
    case Incentive: return tr("Incentive");
    case Dividends: return tr("Dividends");
    case Emission: return tr("Emission (α)");
    case ValidatorTrust: return tr("Validator trust");
    case Permit: return tr("Permit");
    case Active: return tr("Active");
    default: return {};
    }
}

} // namespace models
