#include "models/SubnetListModel.h"

#include "models/Format.h"
#include "models/store/StoreQueries.h"

namespace models {

SubnetListModel::SubnetListModel(QString dbPath, QObject* parent) : QAbstractTableModel(parent), dbPath_(std::move(dbPath)) {}

int SubnetListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }
int SubnetListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SubnetListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size()) return {};
    const SubnetRow& r = rows_[index.row()];
    if (role == NetuidRole) return r.netuid;
    if (role == SortRole) {
        switch (index.column()) {
        case Netuid: return r.netuid;
        case Name: return r.name.toLower();
        case Symbol: return r.symbol;
        case Price: return r.price;
        case TaoIn: return static_cast<qulonglong>(r.taoIn);
        case AlphaIn: return static_cast<qulonglong>(r.alphaIn);
        case MarketCap: return r.marketCapTao();
        case EmissionShare: return r.emissionShare;
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return index.column() >= Price ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case Netuid: return r.netuid;
    case Name: return r.name;
    case Symbol: return r.symbol;
    case Price: return formatPrice(r.price);
    case TaoIn: return formatTao(r.taoIn);
    case AlphaIn: return formatAlpha(r.alphaIn, r.symbol);
    case MarketCap: return formatAmount(r.marketCapTao(), 0) + QStringLiteral(" TAO");
    case EmissionShare: return formatPercent(r.emissionShare);
    default: return {};
    }
}

QVariant SubnetListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Netuid: return tr("Netuid");
    case Name: return tr("Name");
    case Symbol: return tr("Symbol");
    case Price: return tr("Price (TAO/α)");
    case TaoIn: return tr("TAO in pool");
    case AlphaIn: return tr("Alpha in pool");
    case MarketCap: return tr("Market cap (TAO)");
    case EmissionShare: return tr("Emission share");
    default: return {};
    }
}

bool SubnetListModel::refresh() {
    if (!StoreQueries::status(dbPath_)) return false;
    quint64 block = 0;
    QVector<SubnetRow> rows;
    for (const auto& sn : StoreQueries::latestSubnets(dbPath_, &block)) {
        rows.push_back(SubnetRow{sn.netuid, sn.name, sn.symbol, sn.price, sn.taoIn, sn.alphaIn, sn.alphaOut, sn.emissionShare});
    }
    block_ = block;
    const bool sameShape = rows.size() == rows_.size() &&
                           std::equal(rows.begin(), rows.end(), rows_.begin(),
                                      [](const SubnetRow& a, const SubnetRow& b) { return a.netuid == b.netuid; });
    if (sameShape) {
        rows_ = std::move(rows);
        if (!rows_.isEmpty()) emit dataChanged(index(0, 0), index(static_cast<int>(rows_.size()) - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        rows_ = std::move(rows);
        endResetModel();
    }
    return true;
}

} // namespace models
