#include "models/SubnetListModel.h"

#include "models/Format.h"

#include <cmath>
#include <limits>

namespace models {

QString formatBlockAge(quint64 blocks) {
    const quint64 minutes = blocks / 5; // 12 s blocks
    const quint64 days = minutes / 1440, hours = minutes % 1440 / 60;
    if (days > 0) return QStringLiteral("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0) return QStringLiteral("%1 h %2 min").arg(hours).arg(minutes % 60);
    return QStringLiteral("%1 min").arg(minutes);
}

QString formatChange(const std::optional<double>& change) {
    if (!change) return QStringLiteral("—");
    const QString digits = formatPercent(std::abs(*change));
    return (*change >= 0 ? QStringLiteral("+") : QStringLiteral("−")) + digits;
}

SubnetListModel::SubnetListModel(QString dbPath, QObject* parent) : QAbstractTableModel(parent), dbPath_(std::move(dbPath)) {}

int SubnetListModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : static_cast<int>(rows_.size()); }
int SubnetListModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

const SubnetRow* SubnetListModel::row(int netuid) const {
    for (const auto& r : rows_)
        if (r.netuid == netuid) return &r;
    return nullptr;
}

const SubnetOverview* SubnetListModel::overview(int netuid) const {
    for (const auto& o : network_.subnets)
        if (o.snapshot.netuid == netuid) return &o;
    return nullptr;
}

QVariant SubnetListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= rows_.size()) return {};
    const SubnetRow& r = rows_[index.row()];
    const quint64 age = block_ > r.registeredAt ? block_ - r.registeredAt : 0;
    const auto optional = [](const std::optional<double>& v) { return v ? QVariant(*v) : QVariant(-1e300); };
    switch (role) {
    case NetuidRole: return r.netuid;
    case StageRole: return static_cast<int>(r.stage);
    case FavouriteRole: return favourites_.contains(r.netuid);
    case SortRole:
        switch (index.column()) {
        case Netuid: return r.netuid;
        case Name: return r.name.toLower();
        case Symbol: return r.symbol;
        case Price: return r.price;
        case Change1h: return optional(r.change1h);
        case Change24h: return optional(r.change24h);
        case Change7d: return optional(r.change7d);
        case MarketCap: return r.marketCapTao();
        case EmissionShare: return r.emissionShare;
        case TaoIn: return static_cast<qulonglong>(r.taoIn);
        case AlphaIn: return static_cast<qulonglong>(r.alphaIn);
        case AlphaOut: return static_cast<qulonglong>(r.alphaOut);
        case Volume24h: return static_cast<qulonglong>(r.volume24h);
        case Stage: return static_cast<int>(r.stage);
        case PruningRank: return r.pruning.rank ? *r.pruning.rank : 1'000'000; // immune ones last
        case Participants: return static_cast<int>(r.nUids);
        case Age: return static_cast<qulonglong>(age);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        return index.column() >= Price && index.column() != Stage ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (index.column() == PruningRank && r.pruning.immune())
            return tr("Immune from pruning until block %1 (%2 from now)")
                .arg(r.pruning.immuneUntil)
                .arg(formatBlockAge(r.pruning.immuneUntil - std::min(r.pruning.immuneUntil, block_)));
        return headerData(index.column(), Qt::Horizontal, Qt::ToolTipRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Netuid: return r.netuid;
        case Name: return favourites_.contains(r.netuid) ? QStringLiteral("★ ") + r.name : r.name;
        case Symbol: return r.symbol;
        case Price: return formatPrice(r.price);
        case Change1h: return formatChange(r.change1h);
        case Change24h: return formatChange(r.change24h);
        case Change7d: return formatChange(r.change7d);
        case MarketCap: return formatAmount(r.marketCapTao(), 0) + QStringLiteral(" TAO");
        case EmissionShare: return formatPercent(r.emissionShare);
        case TaoIn: return formatTao(r.taoIn, 0);
        case AlphaIn: return formatAlpha(r.alphaIn, r.symbol, 0);
        case AlphaOut: return formatAlpha(r.alphaOut, r.symbol, 0);
        case Volume24h: return formatTao(r.volume24h, 0);
        case Stage: return lifecycleStageLabel(r.stage);
        case PruningRank: return r.pruning.rank ? QVariant(*r.pruning.rank) : QVariant(tr("immune %1").arg(formatBlockAge(r.pruning.immuneUntil - std::min(r.pruning.immuneUntil, block_))));
        case Participants: return QStringLiteral("%1 / %2").arg(r.nValidators).arg(r.nUids - std::min(r.nUids, r.nValidators));
        case Age: return formatBlockAge(age);
        default: return {};
        }
    default: return {};
    }
}

QVariant SubnetListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Netuid: return tr("The subnet's number on chain");
        case Name: return tr("Name the owner gave the subnet; ★ marks your favourites (pinned to the top)");
        case Symbol: return tr("Symbol of the subnet's Alpha token");
        case Price: return tr("Spot price of one Alpha in TAO: TAO in the pool against Alpha in the pool");
        case Change1h: return tr("Change of the spot price over the last hour");
        case Change24h: return tr("Change of the spot price over the last 24 hours");
        case Change7d: return tr("Change of the spot price over the last 7 days");
        case MarketCap: return tr("All Alpha (in and outside the pool) valued at the spot price, in TAO");
        case EmissionShare: return tr("Share of each block's new TAO that goes to this subnet's pool");
        case TaoIn: return tr("TAO held in the subnet's pool");
        case AlphaIn: return tr("Alpha held in the subnet's pool");
        case AlphaOut: return tr("Alpha outside the pool: staked or held by miners, validators and the owner");
        case Volume24h: return tr("TAO that went through the pool (stakes, unstakes, moves, registrations) over the last 24 hours");
        case Stage: return tr("Lifecycle stage: creation, cold start, growth, maturity or decline (see README)");
        case PruningRank: {
            // The period is the chain's NetworkImmunityPeriod (local scenarios shorten it), so it is
            // read back from the rows rather than stated as mainnet's fixed 120 days.
            for (const auto& r : rows_)
                if (r.netuid != 0 && r.pruning.immuneUntil >= r.registeredAt &&
                    r.pruning.immuneUntil != std::numeric_limits<quint64>::max()) {
                    const quint64 period = r.pruning.immuneUntil - r.registeredAt;
                    return tr("Place in the pruning order: 1 is removed first when a new subnet needs a slot; "
                              "subnets are immune for the chain's network immunity period after registration "
                              "(%1 blocks, about %2)")
                        .arg(period)
                        .arg(formatBlockAge(period));
                }
            return tr("Place in the pruning order: 1 is removed first when a new subnet needs a slot; "
                      "subnets are immune for the chain's network immunity period after registration");
        }
        case Participants: return tr("Validators with a permit / other UIDs (miners)");
        case Age: return tr("Time since the subnet was registered");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Netuid: return tr("Netuid");
    case Name: return tr("Name");
    case Symbol: return tr("Symbol");
    case Price: return tr("Price (TAO/α)");
    case Change1h: return tr("1h");
    case Change24h: return tr("24h");
    case Change7d: return tr("7d");
    case MarketCap: return tr("Market cap (TAO)");
    case EmissionShare: return tr("Emission share");
    case TaoIn: return tr("TAO in pool");
    case AlphaIn: return tr("Alpha in pool");
    case AlphaOut: return tr("Alpha outside pool");
    case Volume24h: return tr("Volume 24h (TAO)");
    case Stage: return tr("Stage");
    case PruningRank: return tr("Pruning rank");
    case Participants: return tr("Validators / miners");
    case Age: return tr("Age");
    default: return {};
    }
}

void SubnetListModel::setFavourites(const QSet<int>& netuids) {
    if (netuids == favourites_) return;
    favourites_ = netuids;
    if (!rows_.isEmpty()) emit dataChanged(index(0, 0), index(static_cast<int>(rows_.size()) - 1, ColumnCount - 1));
    emit favouritesChanged(favourites_);
}

void SubnetListModel::toggleFavourite(int netuid) {
    QSet<int> f = favourites_;
    if (!f.remove(netuid)) f.insert(netuid);
    setFavourites(f);
}

bool SubnetListModel::refresh() {
    const auto overview = ExplorerQueries::overview(dbPath_);
    if (!overview) return false;
    QVector<SubnetRow> rows;
    rows.reserve(overview->subnets.size());
    for (const auto& o : overview->subnets) {
        const auto& sn = o.snapshot;
        SubnetRow r;
        r.netuid = sn.netuid;
        r.name = sn.name;
        r.symbol = sn.symbol;
        r.price = sn.price;
        r.movingPrice = sn.movingPrice;
        r.taoIn = sn.taoIn;
        r.alphaIn = sn.alphaIn;
        r.alphaOut = sn.alphaOut;
        r.emissionShare = sn.emissionShare;
        r.change1h = o.change1h;
        r.change24h = o.change24h;
        r.change7d = o.change7d;
        r.volume24h = o.volume24h;
        r.stage = o.stage;
        r.pruning = o.pruning;
        r.nUids = sn.nUids;
        r.maxUids = sn.maxUids;
        r.nValidators = sn.nValidators;
        r.registeredAt = sn.registeredAt;
        rows.push_back(std::move(r));
    }
    block_ = overview->block;
    network_ = *overview;
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
